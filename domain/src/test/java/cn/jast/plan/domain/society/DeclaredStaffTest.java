package cn.jast.plan.domain.society;

import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jast.plan.domain.society.SocietyFacts.Staff;

import org.junit.jupiter.api.Test;

/** A society declares its secretariat's team as counts of people (COND-FIRST_CLASS-2): never negative. */
class DeclaredStaffTest {

    @Test
    void aProfileThatDeclaresSensibleCountsHasNothingWrong() {
        assertThat(aSociety().build().declarationErrors(200)).isEmpty();
    }

    @Test
    void eachNegativeCountIsNamedByItsFieldPath() {
        SocietyProfile p = aSociety().build();
        SocietyProfile bad = new SocietyProfile(p.code(), p.name(), p.type(), p.affiliatedToJast(),
                p.capabilityEvaluations(), p.annualInspections(), p.integrityIncidents(), p.failedAssessments(),
                p.partyWorkingGroup(), p.independentPartyBranch(), new Staff(-1, -2),
                p.professionalSecretariatStaff(), p.journals(), p.awards());

        assertThat(bad.declarationErrors(200)).containsOnlyKeys("staff.fullTime", "staff.partTime");
        assertThat(bad.declarationErrors(200).get("staff.fullTime")).contains("-1");
    }

    @Test
    void aCountNotGivenIsNotWrong() {
        SocietyProfile p = aSociety().build();
        SocietyProfile unknown = new SocietyProfile(p.code(), p.name(), p.type(), p.affiliatedToJast(),
                p.capabilityEvaluations(), p.annualInspections(), p.integrityIncidents(), p.failedAssessments(),
                p.partyWorkingGroup(), p.independentPartyBranch(), new Staff(null, 0),
                p.professionalSecretariatStaff(), p.journals(), p.awards());

        assertThat(unknown.declarationErrors(200)).isEmpty();
    }
}
