package cn.jast.plan.domain.society;

import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation;
import cn.jast.plan.domain.society.SocietyFacts.InspectionResult;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the rules know about a society when it applies. A fact that is not given is null (a list
 * too): a rule that needs a fact it is not given is not met, because an applicant cannot show that
 * it meets a condition it says nothing about (API.md).
 *
 * <p>Two kinds of fact. The society <em>declares</em> its own: party working group and branch,
 * staff, professional secretariat, journals, awards. The office <em>records</em> those that decide
 * eligibility ({@link #OFFICE_RECORDED}): the type and affiliation (ELIG-1), the capability
 * evaluations and annual inspections with the year each concerns (ELIG-2), integrity incidents
 * (ELIG-3) and failed assessments (ELIG-5, written by the final assessment itself). A society's own
 * update changes only what it declares ({@link #declaredBy}).
 */
public record SocietyProfile(String code, String name, SocietyType type, Boolean affiliatedToJast,
                             List<CapabilityEvaluation> capabilityEvaluations, List<InspectionResult> annualInspections,
                             List<IntegrityIncident> integrityIncidents, List<FailedAssessment> failedAssessments,
                             Boolean partyWorkingGroup, Boolean independentPartyBranch, Staff staff,
                             Boolean professionalSecretariatStaff, List<Journal> journals, List<Award> awards) {

    /** The facts only the office records, by their field names in the JSON of a profile. */
    public static final List<String> OFFICE_RECORDED = List.of("type", "affiliatedToJast", "capabilityEvaluations",
            "annualInspections", "integrityIncidents", "failedAssessments");

    private static final List<Function<SocietyProfile, Object>> OFFICE_FACTS = List.of(SocietyProfile::type,
            SocietyProfile::affiliatedToJast, SocietyProfile::capabilityEvaluations, SocietyProfile::annualInspections,
            SocietyProfile::integrityIncidents, SocietyProfile::failedAssessments);

    public SocietyProfile {
        capabilityEvaluations = capabilityEvaluations == null ? null : List.copyOf(capabilityEvaluations);
        annualInspections = annualInspections == null ? null : List.copyOf(annualInspections);
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
        return new SocietyProfile(code, name, type, affiliatedToJast, capabilityEvaluations,
                annualInspections, integrityIncidents, all, partyWorkingGroup, independentPartyBranch, staff,
                professionalSecretariatStaff, journals, awards);
    }

    /** The same profile with one more integrity incident (ELIG-3). */
    public SocietyProfile withIntegrityIncident(IntegrityIncident incident) {
        List<IntegrityIncident> all = new ArrayList<>(integrityIncidents == null ? List.of() : integrityIncidents);
        all.add(incident);
        return new SocietyProfile(code, name, type, affiliatedToJast, capabilityEvaluations,
                annualInspections, all, failedAssessments, partyWorkingGroup, independentPartyBranch, staff,
                professionalSecretariatStaff, journals, awards);
    }

    /**
     * The office-recorded facts that {@code proposed} gives and that differ from these, by field
     * name ({@link #OFFICE_RECORDED}); a fact {@code proposed} leaves out is not a change.
     */
    public List<String> officeFactsChangedBy(SocietyProfile proposed) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < OFFICE_FACTS.size(); i++) {
            Object wanted = OFFICE_FACTS.get(i).apply(proposed);
            if (wanted != null && !Objects.equals(wanted, OFFICE_FACTS.get(i).apply(this))) {
                changed.add(OFFICE_RECORDED.get(i));
            }
        }
        return changed;
    }

    /** This profile's office-recorded facts with the facts {@code declared} declares (a society's update). */
    public SocietyProfile declaredBy(SocietyProfile declared) {
        return new SocietyProfile(code, name, type, affiliatedToJast, capabilityEvaluations, annualInspections,
                integrityIncidents, failedAssessments, declared.partyWorkingGroup(), declared.independentPartyBranch(),
                declared.staff(), declared.professionalSecretariatStaff(), declared.journals(), declared.awards());
    }

    /**
     * This profile with the office-recorded facts that {@code recorded} gives (the office's record);
     * the declared facts and the facts {@code recorded} leaves out stay as they are.
     */
    public SocietyProfile recordedBy(SocietyProfile recorded) {
        return new SocietyProfile(code, name, or(recorded.type(), type), or(recorded.affiliatedToJast(), affiliatedToJast),
                or(recorded.capabilityEvaluations(), capabilityEvaluations), or(recorded.annualInspections(), annualInspections),
                or(recorded.integrityIncidents(), integrityIncidents), or(recorded.failedAssessments(), failedAssessments),
                partyWorkingGroup, independentPartyBranch, staff, professionalSecretariatStaff, journals, awards);
    }

    /** The office-recorded facts that {@code other} gives, by field name. */
    public static List<String> officeFactsGivenBy(SocietyProfile other) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < OFFICE_FACTS.size(); i++) {
            if (OFFICE_FACTS.get(i).apply(other) != null) {
                given.add(OFFICE_RECORDED.get(i));
            }
        }
        return given;
    }

    /**
     * What is wrong with the facts this profile declares, by field path ({@code staff.fullTime},
     * {@code journals[0].title}) in the JSON of a profile; empty when nothing is. A count of the
     * secretariat's team (COND-FIRST_CLASS-2) is a number of people: never negative. A journal's title
     * and CN number (COND-QUALITY_JOURNAL-1) and an award's name (COND-SERVICE_PLATFORM-3) are one
     * line of at most {@code maxTextLength} characters (the deployment's limit), with no control
     * character. Every front reaches this through the society service.
     */
    public Map<String, String> declarationErrors(int maxTextLength) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (staff != null) {
            if (staff.fullTime() != null && staff.fullTime() < 0) {
                errors.put("staff.fullTime", "must not be negative, was " + staff.fullTime());
            }
            if (staff.partTime() != null && staff.partTime() < 0) {
                errors.put("staff.partTime", "must not be negative, was " + staff.partTime());
            }
        }
        if (journals != null) {
            for (int i = 0; i < journals.size(); i++) {
                line(errors, "journals[" + i + "].title", journals.get(i).title(), maxTextLength);
                line(errors, "journals[" + i + "].cn", journals.get(i).cn(), maxTextLength);
            }
        }
        if (awards != null) {
            for (int i = 0; i < awards.size(); i++) {
                line(errors, "awards[" + i + "].name", awards.get(i).name(), maxTextLength);
            }
        }
        return errors;
    }

    private static void line(Map<String, String> errors, String path, String text, int maxLength) {
        if (text == null) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            errors.put(path, "must be at most " + maxLength + " characters, was " + length);
        } else {
            text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL).findFirst()
                    .ifPresent(c -> errors.put(path, String.format("must not hold the control character U+%04X", c)));
        }
    }

    /** The declared facts that {@code other} gives, by field name: the office does not write them. */
    public static List<String> declaredFactsGivenBy(SocietyProfile other) {
        List<String> given = new ArrayList<>();
        if (other.partyWorkingGroup() != null) {
            given.add("partyWorkingGroup");
        }
        if (other.independentPartyBranch() != null) {
            given.add("independentPartyBranch");
        }
        if (other.staff() != null) {
            given.add("staff");
        }
        if (other.professionalSecretariatStaff() != null) {
            given.add("professionalSecretariatStaff");
        }
        if (other.journals() != null) {
            given.add("journals");
        }
        if (other.awards() != null) {
            given.add("awards");
        }
        return given;
    }

    private static <T> T or(T given, T kept) {
        return given != null ? given : kept;
    }
}
