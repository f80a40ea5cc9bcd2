package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.SocietyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The bundled 2021 plan-year file, and plan files that are wrong (PlanFileException names line and field). */
class PlanYearReaderTest {
    private static final String TEXT = Plans.plan2021Text();

    @Nested
    class The2021Plan {
        private final PlanYear plan = Plans.plan2021();

        @Test
        void itsTotalIs481In10CategoriesAnd13QuotaGroups() {
            assertThat(plan.year()).isEqualTo(2021);
            assertThat(plan.totalQuota()).isEqualTo(481);
            assertThat(plan.categories()).hasSize(10);
            assertThat(plan.quotaGroups()).hasSize(13);
            assertThat(plan.guideReference()).isEqualTo("苏科协发〔2021〕51号");
            assertThat(plan.zone()).hasToString("Asia/Shanghai");
            assertThat(plan.eligibleSocietyTypes()).containsExactly(SocietyType.PROVINCIAL_SOCIETY);
        }

        @Test
        void theJarListsTheYearsItShipsAndEachLoads() {
            assertThat(PlanYears.bundledYears()).containsExactly(2021);
            assertThat(PlanYears.bundledYears()).allSatisfy(y -> assertThat(PlanYears.bundled(y)).isPresent());
            assertThat(PlanYears.bundled(2020)).isEmpty();
        }

        @Test
        void anApplicationCompetesInItsCategorysGroupOrItsSubProjectsAndNoOther() {
            assertThat(plan.quotaGroupOf("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")).get().extracting(g -> g.key()).isEqualTo("ACADEMIC_EXCHANGE");
            assertThat(plan.quotaGroupOf("POPULARIZATION", "POP_RESOURCES")).get().extracting(g -> g.quota()).isEqualTo(20);
            assertThat(plan.quotaGroupOf("ACADEMIC_EXCHANGE", "POP_RESOURCES")).isEmpty();
            assertThat(plan.quotaGroupOf("POPULARIZATION", null)).isEmpty();
            assertThat(plan.quotaGroupOf("MARS_BASE", null)).isEmpty();
        }

        @Test
        void itsCategoriesAreTheGuidesInOrderWithTheirPlaces() {
            assertThat(plan.categories()).extracting(Category::code).containsExactly("FIRST_CLASS", "FEATURED",
                    "ACADEMIC_EXCHANGE", "POPULARIZATION", "SERVICE_PLATFORM", "QUALITY_JOURNAL", "MEMBERS_HOME",
                    "ECONOMY_INTEGRATION", "PEOPLES_HEALTH", "DEVELOPMENT_SUPPORT");
            assertThat(plan.categories()).extracting(Category::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(plan.categories()).extracting(Category::places).containsExactly(20, 40, 130, 50, 100, 11, 10, 50, 50, 20);
            assertThat(plan.categories()).extracting(c -> c.subProjects().size()).containsExactly(0, 4, 3, 3, 5, 2, 0, 2, 3, 0);
            assertThat(plan.categories()).extracting(Category::kind).containsExactly(CategoryKind.BUILDING,
                    CategoryKind.BUILDING, CategoryKind.BUILDING, CategoryKind.BUILDING, CategoryKind.BUILDING,
                    CategoryKind.BUILDING, CategoryKind.BUILDING, CategoryKind.SPECIAL, CategoryKind.SPECIAL,
                    CategoryKind.SPECIAL);
            assertThat(plan.categories()).filteredOn(c -> !c.fundedNextYear()).extracting(Category::code)
                    .containsExactly("FIRST_CLASS", "FEATURED");
        }

        @Test
        void itsQuotaGroups() {
            assertThat(plan.quotaGroups()).extracting(QuotaGroup::key).containsExactly("FIRST_CLASS", "FEATURED",
                    "ACADEMIC_EXCHANGE", "POP_TALENT_TEAMS", "POP_RESOURCES", "POP_YOUTH_EDUCATION", "SERVICE_PLATFORM",
                    "JOURNAL_TIER", "JOURNAL_PAPER_SELECTION", "MEMBERS_HOME", "ECONOMY_INTEGRATION", "PEOPLES_HEALTH",
                    "DEVELOPMENT_SUPPORT");
            assertThat(plan.quotaGroups()).extracting(QuotaGroup::quota)
                    .containsExactly(20, 40, 130, 20, 20, 10, 100, 10, 1, 10, 50, 50, 20);
            assertThat(plan.quotaGroupOf("POPULARIZATION", "POP_TALENT_TEAMS")).map(QuotaGroup::quota).hasValue(20);
            assertThat(plan.quotaGroupOf("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")).map(QuotaGroup::key).hasValue("ACADEMIC_EXCHANGE");
            assertThat(plan.quotaGroupOf("POPULARIZATION", null)).isEmpty();
            assertThat(plan.quotaGroupOf(null, null)).isEmpty();
        }

        @Test
        void itsWindowAndThresholds() {
            assertThat(plan.window().opensAt()).isEqualTo(Plans.shanghai("2021-05-10T00:00"));
            assertThat(plan.window().closesAt()).isEqualTo(Plans.shanghai("2021-05-28T17:00"));
            assertThat(plan.window().paperCopyDeadline()).isEqualTo(Plans.shanghai("2021-05-31T17:00"));
            Thresholds t = plan.thresholds();
            assertThat(t.firstClassMinStaff()).isEqualTo(5);
            assertThat(t.firstClassMinFullTimeStaff()).isEqualTo(2);
            assertThat(t.internationalMinForeignPercent()).isEqualByComparingTo("5");
            assertThat(t.internationalMinCountries()).isEqualTo(5);
            assertThat(t.eventsCompletedBy()).hasToString("2021-12-31");
            assertThat(t.publicityWorkingDays()).isEqualTo(5);
            assertThat(t.failedAssessmentBarYears()).isEqualTo(1);
            assertThat(t.journalPlanYears()).isEqualTo(3);
            assertThat(plan.mutuallyExclusiveCategories()).containsExactly(
                    java.util.Set.of("FIRST_CLASS", "FEATURED", "DEVELOPMENT_SUPPORT"));
        }

        @Test
        void itReadsTheSameFromAFileAStreamAndText(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
            Path file = dir.resolve("plan-2021.json");
            Files.writeString(file, TEXT, StandardCharsets.UTF_8);
            assertThat(PlanYearReader.read(file).totalQuota()).isEqualTo(481);
            assertThat(PlanYearReader.read(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "s").totalQuota())
                    .isEqualTo(481);
            assertThat(PlanYearReader.read(TEXT, "t").quotaGroups()).isEqualTo(plan.quotaGroups());
            assertThat(PlanYears.bundled(1999)).isEmpty();
        }
    }

    @Nested
    class AWrongPlanFile {
        /** The 2021 file with one piece of text replaced (which must occur exactly once). */
        private String spoil(String target, String replacement) {
            int at = TEXT.indexOf(target);
            assertThat(at).as(target).isNotNegative();
            assertThat(TEXT.indexOf(target, at + 1)).as("%s occurs once", target).isNegative();
            return TEXT.substring(0, at) + replacement + TEXT.substring(at + target.length());
        }

        /** The 1-based line of the first occurrence of {@code text} in {@code json}. */
        private int lineOf(String json, String text) {
            int at = json.indexOf(text);
            assertThat(at).isNotNegative();
            return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        private PlanFileException refused(String json) {
            PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> PlanYearReader.read(json, "plan-x.json"));
            assertThat(e).as("the plan file is refused").isNotNull();
            assertThat(e.source()).isEqualTo("plan-x.json");
            assertThat(e.getMessage()).startsWith("plan-x.json: line " + e.line() + ", column ");
            return e;
        }

        @Test
        void invalidJsonNamesTheLine() {
            String json = spoil("\"guideReference\": \"苏科协发〔2021〕51号\",", "\"guideReference\": \"苏科协发〔2021〕51号\"");
            PlanFileException e = refused(json);
            assertThat(e.line()).isEqualTo(lineOf(json, "\"zone\""));
            assertThat(e.getMessage()).contains("not valid JSON");
        }

        @Test
        void anUnterminatedFileNamesTheLastLine() {
            String json = TEXT.substring(0, TEXT.lastIndexOf('}'));
            PlanFileException e = refused(json);
            assertThat(e.line()).isGreaterThanOrEqualTo(lineOf(json, "\"workingWeekendDays\""));
        }

        @Test
        void aMissingMember() {
            String json = spoil("  \"guideReference\": \"苏科协发〔2021〕51号\",\n", "");
            PlanFileException e = refused(json);
            assertThat(e.getMessage()).contains("\"guideReference\" is missing");
            assertThat(e.line()).isEqualTo(1);
        }

        @Test
        void aMissingMemberOfACategory() {
            String json = spoil("\"quota\": 10, \"fundedNextYear\": true,\n      \"subProjects\": []",
                    "\"quota\": 10,\n      \"subProjects\": []");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[6]");
            assertThat(e.getMessage()).contains("\"fundedNextYear\" is missing");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"code\": \"MEMBERS_HOME\"") - 1);
        }

        @Test
        void aReminderOffsetOfZeroHoursNamesItsField() {
            String json = spoil("\"closes\": [72, 24]", "\"closes\": [72, 0]");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("submission.remindHoursBefore.closes[1]");
        }

        @Test
        void aReminderOffsetGivenTwiceIsRefused() {
            PlanFileException e = refused(spoil("\"paperCopyBy\": [72, 24]", "\"paperCopyBy\": [24, 24]"));
            assertThat(e.field()).isEqualTo("submission.remindHoursBefore.paperCopyBy[1]");
            assertThat(e.getMessage()).contains("twice");
        }

        @Test
        void anUnknownMember() {
            String json = spoil("\"quota\": 20, \"fundedNextYear\": false,\n      \"conditions\"",
                    "\"quota\": 20, \"fundedNextYear\": false,\n      \"colour\": \"red\",\n      \"conditions\"");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[0].colour");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"colour\""));
            assertThat(e.getMessage()).contains("unknown member \"colour\"");
        }

        @Test
        void aNegativeQuota() {
            String json = spoil("\"quota\": 130,", "\"quota\": -130,");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[2].quota");
            assertThat(e.line()).isEqualTo(lineOf(json, "-130"));
        }

        @Test
        void aNegativeSubProjectQuota() {
            String json = spoil("\"code\": \"POP_RESOURCES\", \"quota\": 20,", "\"code\": \"POP_RESOURCES\", \"quota\": -1,");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[3].subProjects[1].quota");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"quota\": -1"));
        }

        @Test
        void aFractionalQuota() {
            PlanFileException e = refused(spoil("\"quota\": 130,", "\"quota\": 130.5,"));
            assertThat(e.field()).isEqualTo("categories[2].quota");
        }

        @Test
        void aCategoryWithItsOwnQuotaAndSubProjectQuotas() {
            String json = spoil("\"code\": \"POPULARIZATION\", \"number\": 4, \"kind\": \"BUILDING\",",
                    "\"code\": \"POPULARIZATION\", \"number\": 4, \"kind\": \"BUILDING\", \"quota\": 50,");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[3]");
            assertThat(e.getMessage()).contains("POPULARIZATION").contains("one or the other");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"code\": \"POPULARIZATION\"") - 1);
        }

        @Test
        void aCategoryWithoutAnyQuota() {
            PlanFileException e = refused(spoil("\"quota\": 10, \"fundedNextYear\": true,", "\"fundedNextYear\": true,"));
            assertThat(e.field()).isEqualTo("categories[6]");
            assertThat(e.getMessage()).contains("MEMBERS_HOME needs a quota");
        }

        @Test
        void aDuplicateCategoryCode() {
            String json = spoil("\"code\": \"MEMBERS_HOME\"", "\"code\": \"FIRST_CLASS\"");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("categories[6].code");
            assertThat(e.getMessage()).contains("FIRST_CLASS is given twice");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"number\": 7"));
        }

        @Test
        void aSubProjectCodeThatIsAlsoACategoryCode() {
            PlanFileException e = refused(spoil("{ \"code\": \"ECONOMY_A\"", "{ \"code\": \"MEMBERS_HOME\""));
            assertThat(e.field()).isEqualTo("categories[7].subProjects[0].code");
        }

        @Test
        void aBadCode() {
            PlanFileException e = refused(spoil("\"code\": \"MEMBERS_HOME\"", "\"code\": \"members home\""));
            assertThat(e.field()).isEqualTo("categories[6].code");
        }

        @Test
        void anUnknownConditionFailsWhenTheRulesAreBound() {
            PlanYear plan = PlanYearReader.read(spoil("\"conditions\": [\"COND-DEVELOPMENT_SUPPORT-1\"]",
                    "\"conditions\": [\"COND-DEVELOPMENT_SUPPORT-9\"]"), "plan-x.json");
            assertThatIllegalArgumentException().isThrownBy(() -> SubmissionRules.forPlan(plan))
                    .withMessageContaining("COND-DEVELOPMENT_SUPPORT-9").withMessageContaining("DEVELOPMENT_SUPPORT");
        }

        @Test
        void aConditionListedTwice() {
            PlanFileException e = refused(spoil("\"conditions\": [\"COND-DEVELOPMENT_SUPPORT-1\"]",
                    "\"conditions\": [\"COND-DEVELOPMENT_SUPPORT-1\", \"COND-DEVELOPMENT_SUPPORT-1\"]"));
            assertThat(e.field()).isEqualTo("categories[9].conditions[1]");
        }

        @Test
        void aBadDate() {
            String json = spoil("\"eventsCompletedBy\": \"2021-12-31\"", "\"eventsCompletedBy\": \"2021-12-32\"");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("thresholds.eventsCompletedBy");
            assertThat(e.line()).isEqualTo(lineOf(json, "2021-12-32"));
            assertThat(e.getMessage()).contains("2021-12-32");
        }

        @Test
        void aBadDateTime() {
            PlanFileException e = refused(spoil("\"opens\": \"2021-05-10T00:00\"", "\"opens\": \"2021-02-30T00:00\""));
            assertThat(e.field()).isEqualTo("submission.opens");
        }

        @Test
        void aBadHoliday() {
            String json = spoil("[\"2021-06-12\", \"2021-06-14\"]", "[\"2021-06-12\", \"2021-06-31\"]");
            PlanFileException e = refused(json);
            assertThat(e.field()).isEqualTo("calendar.holidays[4][1]");
            assertThat(e.line()).isEqualTo(lineOf(json, "2021-06-31"));
        }

        @Test
        void aHolidayRangeBackwards() {
            PlanFileException e = refused(spoil("[\"2021-06-12\", \"2021-06-14\"]", "[\"2021-06-14\", \"2021-06-12\"]"));
            assertThat(e.field()).isEqualTo("calendar.holidays[4]");
        }

        @Test
        void aWindowThatClosesBeforeItOpens() {
            PlanFileException e = refused(spoil("\"closes\": \"2021-05-28T17:00\"", "\"closes\": \"2021-05-01T17:00\""));
            assertThat(e.field()).isEqualTo("submission");
        }

        @Test
        void anUnknownZoneAndAnUnknownEnum() {
            assertThat(refused(spoil("\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Asia/Nanjing\"")).field()).isEqualTo("zone");
            assertThat(refused(spoil("\"eligibleSocietyTypes\": [\"PROVINCIAL_SOCIETY\"]",
                    "\"eligibleSocietyTypes\": [\"SOCIETY\"]")).field()).isEqualTo("eligibleSocietyTypes[0]");
            assertThat(refused(spoil("\"eligibleSocietyTypes\": [\"PROVINCIAL_SOCIETY\"]",
                    "\"eligibleSocietyTypes\": []")).field()).isEqualTo("eligibleSocietyTypes");
        }

        @Test
        void anExclusiveSetNamingNoCategory() {
            PlanFileException e = refused(spoil("[\"FIRST_CLASS\", \"FEATURED\", \"DEVELOPMENT_SUPPORT\"]",
                    "[\"FIRST_CLASS\", \"FEATURED\", \"DEVELOPMENT_AID\"]"));
            assertThat(e.field()).isEqualTo("mutuallyExclusiveCategories[0][2]");
        }

        @Test
        void aValueOfTheWrongKind() {
            assertThat(refused(spoil("\"year\": 2021", "\"year\": \"2021\"")).field()).isEqualTo("year");
            assertThat(refused(spoil("\"internationalMinForeignPercent\": 5", "\"internationalMinForeignPercent\": 105"))
                    .field()).isEqualTo("thresholds.internationalMinForeignPercent");
            assertThat(refused(spoil("\"publicityWorkingDays\": 5", "\"publicityWorkingDays\": 0"))
                    .field()).isEqualTo("thresholds.publicityWorkingDays");
        }

        @Test
        void aPlanWithoutCategories() {
            int start = TEXT.indexOf("\"categories\": [");
            int end = TEXT.indexOf("\"calendar\": {");
            String json = TEXT.substring(0, start) + "\"categories\": [],\n  " + TEXT.substring(end);
            assertThat(refused(json).field()).isEqualTo("categories");
        }
    }

    @Test
    void theBundledFileIsUsableByTheRules() {
        assertThat(SubmissionRules.forPlan(Plans.plan2021()).plan()).isSameAs(Plans.plan2021());
        assertThat(List.of(Plans.plan2021().toString())).singleElement().asString().contains("481");
    }
}
