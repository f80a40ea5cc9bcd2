package cn.jast.plan.domain.society;

import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules know about a society when it applies. A fact that is not given is null (a list
 * too): a rule that needs a fact it is not given is not met, because an applicant cannot show that
 * it meets a condition it says nothing about (API.md).
 */
public record SocietyProfile(String code, String name, SocietyType type, Boolean affiliatedToJast,
                             Boolean capabilityEvaluationLastYear, AnnualInspection annualInspectionLastYear,
                             List<IntegrityIncident> integrityIncidents, List<FailedAssessment> failedAssessments,
                             Boolean partyWorkingGroup, Boolean independentPartyBranch, Staff staff,
                             Boolean professionalSecretariatStaff, List<Journal> journals, List<Award> awards) {
    public SocietyProfile {
        integrityIncidents = integrityIncidents == null ? null : List.copyOf(integrityIncidents);
        failedAssessments = failedAssessments == null ? null : List.copyOf(failedAssessments);
        journals = journals == null ? null : List.copyOf(journals);
        awards = awards == null ? null : List.copyOf(awards);
    }

    /** The same profile with one more failed assessment (IV.2: feeds ELIG-5 the next year). */
    public SocietyProfile withFailedAssessment(FailedAssessment failure) {
        List<FailedAssessment> all = new ArrayList<>(failedAssessments == null ? List.of() : failedAssessments);
        if (!all.contains(failure)) {
            all.add(failure);
        }
        return new SocietyProfile(code, name, type, affiliatedToJast, capabilityEvaluationLastYear,
                annualInspectionLastYear, integrityIncidents, all, partyWorkingGroup, independentPartyBranch, staff,
                professionalSecretariatStaff, journals, awards);
    }

    /** The same profile with one more integrity incident (ELIG-3). */
    public SocietyProfile withIntegrityIncident(IntegrityIncident incident) {
        List<IntegrityIncident> all = new ArrayList<>(integrityIncidents == null ? List.of() : integrityIncidents);
        all.add(incident);
        return new SocietyProfile(code, name, type, affiliatedToJast, capabilityEvaluationLastYear,
                annualInspectionLastYear, all, failedAssessments, partyWorkingGroup, independentPartyBranch, staff,
                professionalSecretariatStaff, journals, awards);
    }
}
