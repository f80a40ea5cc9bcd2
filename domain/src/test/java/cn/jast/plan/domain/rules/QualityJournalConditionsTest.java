package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.jast.plan.domain.content.AttachmentKind.DEVELOPMENT_PLAN_3Y;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-QUALITY_JOURNAL-1 (III.6.1(2)1)) and -2 (III.6.1(2)2)). */
class QualityJournalConditionsTest {

    @ParameterizedTest(name = "society {0}, application {1}")
    @CsvSource({
            "CN32-1234/N,  CN32-1234/N",
            "CN32-1234/N,  cn 32-1234/n",
            "cn 32-1234/n, CN32-1234/N",
            "CN11-2345/TP, CN11-2345/TP",
            "CN32-1001/O4, cn32-1001/o4",
            "CN32-1234/N,  'CN 32 - 1234 / N'",
            "CN32-1234/N,  ＣＮ３２－１２３４／Ｎ",
    })
    void aValidCnNumberOfASponsoredJournalPasses(String societyCn, String applicationCn) {
        assertThat(violated(check(aSociety().journal(societyCn, true),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn(applicationCn)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN321234/N", "32-1234/N", "CN32-1234/ABCD", "CN3-1234/N", "CN32-123/N", "CN32-1234/",
            "CN32-1234", "ISSN 1000-1234", ""})
    void aNumberOfAnotherFormIsAViolationEvenWhenTheSocietyListsIt(String cn) {
        assertThat(violated(check(aSociety().journal(cn, true),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn(cn))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
    }

    @Test
    void aJournalTheSocietyDoesNotSponsorFails() {
        assertThat(violated(check(aSociety().journal("CN32-1234/N", false),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn("CN32-1234/N"))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
        assertThat(violated(check(aSociety().journal("CN32-1234/N", null),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn("CN32-1234/N"))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
    }

    @Test
    void aDifferentJournalFails() {
        assertThat(violated(check(aSociety().journal("CN32-1234/N", true),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn("CN32-1235/N"))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
    }

    @Test
    void theRightJournalAmongSeveralPasses() {
        assertThat(violated(check(aSociety().journals(new Journal("甲", "CN11-2345/TP", false),
                        new Journal("乙", "CN32-1234/N", true)),
                anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn("CN32-1234/N")))).isEmpty();
    }

    @Test
    void missingFactsFail() {
        assertThat(violated(check(aSociety().withoutJournals(), anApplication("QUALITY_JOURNAL", "JOURNAL_TIER"))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
        assertThat(violated(check(aSociety(), anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").journalCn(null))))
                .containsExactly("COND-QUALITY_JOURNAL-1");
    }

    @ParameterizedTest(name = "continuing {0}, plan attached {1} -> passes {2}")
    @CsvSource(nullValues = "null", value = {
            "null,  true,  true",
            "false, true,  true",
            "null,  false, false",
            "false, false, false",
            "true,  false, true",
            "true,  true,  true",
    })
    void aNewJournalAttachesItsThreeYearPlan(Boolean continuing, boolean attached, boolean passes) {
        var application = anApplication("QUALITY_JOURNAL", "JOURNAL_TIER").continuingJournalProject(continuing);
        if (!attached) {
            application.withoutAttachment(DEVELOPMENT_PLAN_3Y);
        }
        assertThat(violated(check(aSociety(), application)))
                .isEqualTo(passes ? List.of() : List.of("COND-QUALITY_JOURNAL-2"));
    }

    @Test
    void theSpanOfTheDevelopmentPlanIsThePlanYearsNotTheRules() {
        PlanYear five = cn.jast.plan.domain.plan.PlanYearReader.read(Plans.plan2021Text()
                .replace("\"journalPlanYears\": 3", "\"journalPlanYears\": 5"), "plan-2021-five-years.json");
        ConditionRules.JournalDevelopmentPlan rule = new ConditionRules.JournalDevelopmentPlan();
        assertThat(rule.message(Plans.plan2021()).zh()).contains("3 年期刊建设的发展规划");
        assertThat(rule.message(five).zh()).contains("5 年期刊建设的发展规划");
        assertThat(rule.message(five).en()).contains("5-year development plan");
    }

    @Test
    void paperSelectionHasNoJournalCondition() {
        assertThat(violated(check(aSociety().withoutJournals(), anApplication("QUALITY_JOURNAL", "JOURNAL_PAPER_SELECTION"))))
                .isEmpty();
    }

    @Test
    void theCnFormIsExposedForOtherLayers() {
        assertThat(ConditionRules.SponsoredJournal.normalizedCn("cn 32-1234/n")).isEqualTo("CN32-1234/N");
        assertThat(ConditionRules.SponsoredJournal.normalizedCn("CN321234/N")).isNull();
        assertThat(ConditionRules.SponsoredJournal.normalizedCn(null)).isNull();
    }
}
