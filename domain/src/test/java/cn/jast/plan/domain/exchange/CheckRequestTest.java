package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.support.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static cn.jast.plan.domain.fixtures.Checks.violated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading the body of {@code POST /api/v1/plans/{year}/check} (API.md): what is a 400 (an
 * {@link InvalidInputException} naming the field) and what is left to the rules.
 */
class CheckRequestTest {
    private static final String EXAMPLE = Plans.resourceText("/exchange/api-example-check.json");

    /** The API.md example with one piece of text replaced (which must occur exactly once). */
    static String example(String target, String replacement) {
        int at = EXAMPLE.indexOf(target);
        assertThat(at).as("the example contains %s", target).isNotNegative();
        assertThat(EXAMPLE.indexOf(target, at + 1)).as("%s occurs once", target).isNegative();
        return EXAMPLE.substring(0, at) + replacement + EXAMPLE.substring(at + target.length());
    }

    static CheckRequest read(String json) {
        return CheckRequest.read(json, Plans.plan2021());
    }

    static InvalidInputException refused(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
        assertThat(e).as("a 400 for this input").isNotNull();
        return e;
    }

    static Evaluation evaluate(String json) {
        return Plans.rules2021().evaluate(read(json).context(Plans.plan2021()));
    }

    @Test
    void theExampleReads() {
        CheckRequest r = read(EXAMPLE);
        assertThat(r.at()).isEqualTo(OffsetDateTime.parse("2021-05-20T10:00:00+08:00").toInstant());
        assertThat(r.society().code()).isEqualTo("S-0001");
        assertThat(r.society().staff().fullTime()).isEqualTo(4);
        assertThat(r.otherApplications()).hasSize(1);
        assertThat(r.otherApplications().get(0).category()).isEqualTo("MEMBERS_HOME");
        assertThat(r.application().subProject()).isEqualTo("EXCHANGE_BRAND");
        assertThat(r.application().event().startDate()).hasToString("2021-10-15");
        assertThat(r.application().attachments()).isEmpty();
    }

    @Nested
    class BadInputIs400NamingTheField {
        @ParameterizedTest
        @ValueSource(strings = {"", "not json", "{", "{\"at\": }", "{\"a\":1,\"a\":2}", "{} {}", "[1,]"})
        void textThatIsNotJson(String text) {
            InvalidInputException e = refused(text);
            assertThat(e.errors()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEmpty();
                assertThat(f.message()).startsWith("not valid JSON");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "[]", "\"text\"", "42"})
        void aBodyThatIsNotAnObject(String text) {
            assertThat(refused(text).errors()).isNotEmpty();
        }

        @ParameterizedTest(name = "{0} -> {2}")
        @CsvSource(delimiter = '|', value = {
                // codes
                "\"category\": \"ACADEMIC_EXCHANGE\", | \"category\": \"ACADEMIC_EXCHANGES\", | application.category",
                "\"category\": \"ACADEMIC_EXCHANGE\", | \"category\": \"academic_exchange\", | application.category",
                "\"subProject\": \"EXCHANGE_BRAND\" | \"subProject\": \"EXCHANGE_GOLD\" | application.subProject",
                "\"subProject\": \"EXCHANGE_BRAND\" | \"subProject\": \"POP_TALENT_TEAMS\" | application.subProject",
                "\"category\": \"MEMBERS_HOME\" | \"category\": \"MARS_BASE\" | otherApplications[0].category",
                "\"type\": \"PROVINCIAL_SOCIETY\" | \"type\": \"PROVINCIAL\" | society.type",
                "\"annualInspectionLastYear\": \"PASSED\" | \"annualInspectionLastYear\": \"OK\" | society.annualInspectionLastYear",
                "\"kind\": \"FUND_MISUSE\" | \"kind\": \"THEFT\" | society.integrityIncidents[0].kind",
                "\"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" | \"year\": 2020, \"category\": \"NOPE\" | society.failedAssessments[0].category",
                "\"hostRole\": \"HOST\" | \"hostRole\": \"SPONSOR\" | application.event.hostRole",
                "\"attachments\": [] | \"attachments\": [\"WORK_PLAN\", \"PHOTO\"] | application.attachments[1]",
                "\"servedUnit\": null | \"servedUnit\": {\"name\": \"园区\", \"kind\": \"FACTORY\", \"inJiangsu\": true} | application.servedUnit.kind",
                // dates
                "\"startDate\": \"2021-10-15\" | \"startDate\": \"2021-13-01\" | application.event.startDate",
                "\"startDate\": \"2021-10-15\" | \"startDate\": \"2021-02-30\" | application.event.startDate",
                "\"endDate\": \"2021-10-17\" | \"endDate\": \"17/10/2021\" | application.event.endDate",
                "\"endDate\": \"2021-10-17\" | \"endDate\": \"2021-10-14\" | application.event.endDate",
                "\"at\": \"2021-05-20T10:00:00+08:00\" | \"at\": \"2021-05-20T25:00\" | at",
                "\"at\": \"2021-05-20T10:00:00+08:00\" | \"at\": \"2021-05-20\" | at",
                "\"at\": \"2021-05-20T10:00:00+08:00\" | \"at\": 1621476000 | at",
                // numbers
                "\"fullTime\": 4 | \"fullTime\": -1 | society.staff.fullTime",
                "\"partTime\": 3 | \"partTime\": 2.5 | society.staff.partTime",
                "\"plannedParticipants\": 300 | \"plannedParticipants\": -5 | application.event.plannedParticipants",
                "\"plannedParticipants\": 300 | \"plannedParticipants\": 299.5 | application.event.plannedParticipants",
                "\"plannedForeignCountries\": 0 | \"plannedForeignCountries\": 1e20 | application.event.plannedForeignCountries",
                "\"plannedForeignParticipants\": 0 | \"plannedForeignParticipants\": 301 | application.event.plannedForeignParticipants",
                "\"year\": 2019 | \"year\": -2019 | society.integrityIncidents[0].year",
                // kinds of value
                "\"declaredNotInKechuangJiangsu\": true | \"declaredNotInKechuangJiangsu\": \"yes\" | application.declaredNotInKechuangJiangsu",
                "\"inJiangsu\": true | \"inJiangsu\": 1 | application.event.inJiangsu",
                "\"otherApplications\": [ { \"category\": \"MEMBERS_HOME\" } ] | \"otherApplications\": { \"category\": \"MEMBERS_HOME\" } | otherApplications",
                "\"staff\": { \"fullTime\": 4, \"partTime\": 3 } | \"staff\": 7 | society.staff",
        })
        void aBadFieldIsNamed(String target, String replacement, String field) {
            InvalidInputException e = refused(example(target, replacement));
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
            assertThat(e.getMessage()).startsWith(field + ": ");
        }

        @Test
        void nullItemsAndOtherApplicationsWithoutCategoryAreNotGiven() {
            CheckRequest r = CheckRequest.read(example("\"attachments\": []", "\"attachments\": [null, \"WORK_PLAN\"]")
                    .replace("\"otherApplications\": [ { \"category\": \"MEMBERS_HOME\" } ]",
                            "\"otherApplications\": [ { \"title\": \"x\" }, null, { \"category\": \"MEMBERS_HOME\" } ]"), Plans.plan2021());
            assertThat(r.application().attachments()).containsExactly(AttachmentKind.WORK_PLAN);
            assertThat(r.otherApplications()).extracting(ApplicationContent::category).containsExactly("MEMBERS_HOME");
        }

        @Test
        void aSubProjectForACategoryThatHasNone() {
            InvalidInputException e = refused(example("\"category\": \"MEMBERS_HOME\"",
                    "\"category\": \"FIRST_CLASS\", \"subProject\": \"FEATURED_ACADEMIC\""));
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("otherApplications[0].subProject");
            InvalidInputException own = refused(example("\"category\": \"ACADEMIC_EXCHANGE\",\n    \"subProject\": \"EXCHANGE_BRAND\"",
                    "\"category\": \"FIRST_CLASS\",\n    \"subProject\": \"EXCHANGE_BRAND\""));
            assertThat(own.errors()).extracting(FieldError::field).containsExactly("application.subProject");
            assertThat(own.errors().get(0).message()).contains("FIRST_CLASS").contains("no sub-projects");
        }

        @Test
        void everyBadFieldIsNamedAtOnce() {
            String json = example("\"fullTime\": 4", "\"fullTime\": -1");
            json = json.replace("\"hostRole\": \"HOST\"", "\"hostRole\": \"BOSS\"")
                    .replace("\"startDate\": \"2021-10-15\"", "\"startDate\": \"2021-13-01\"");
            assertThat(refused(json).errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                    "society.staff.fullTime", "application.event.hostRole", "application.event.startDate");
        }

        @Test
        void aMissingApplicationIsAnError() {
            int start = EXAMPLE.indexOf(",\n  \"application\"");
            String withoutApplication = EXAMPLE.substring(0, start) + "\n}";
            assertThat(refused(withoutApplication).errors()).extracting(FieldError::field).containsExactly("application");
            assertThat(refused(example("\"application\": {", "\"application\": null, \"x\": {")).errors())
                    .extracting(FieldError::field).containsExactly("application");
        }

        @Test
        void anApplicationWithoutCategoryIsAnError() {
            assertThat(refused(example("\"category\": \"ACADEMIC_EXCHANGE\",", "")).errors())
                    .extracting(FieldError::field).containsExactly("application.category");
        }
    }

    @Nested
    class NullIsTheSameAsMissing {
        /** The example without one single-line member of the object indented by {@code indent}. */
        private String without(String indent, String member) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n" + indent + "\"" + member + "\": [^\\n]*")
                    .matcher(EXAMPLE);
            assertThat(m.find()).as(member).isTrue();
            String line = m.group();
            if (line.endsWith(",")) {
                return EXAMPLE.substring(0, m.start()) + EXAMPLE.substring(m.end());
            }
            String before = EXAMPLE.substring(0, m.start());
            assertThat(before).endsWith(",");
            return before.substring(0, before.length() - 1) + EXAMPLE.substring(m.end());
        }

        /** The example with that member given as null instead (as the first member of its object). */
        private String withNull(String indent, String member, String object) {
            String opening = "\"" + object + "\": {";
            return without(indent, member).replace(opening, opening + " \"" + member + "\": null,");
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "declaredNotInKechuangJiangsu", "journalCn", "continuingJournalProject",
                "awardName", "servedUnit", "activitiesInJiangsu", "attachments", "subProject"})
        void anApplicationMember(String member) {
            String withNull = withNull("    ", member, "application");
            assertThat(withNull).contains("\"" + member + "\": null,");
            assertThat(read(withNull)).isEqualTo(read(without("    ", member)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"code", "name", "startDate", "endDate", "inJiangsu", "hostRole", "international",
                "plannedParticipants", "plannedForeignParticipants", "plannedForeignCountries"})
        void anEventMember(String member) {
            assertThat(read(withNull("      ", member, "event"))).isEqualTo(read(without("      ", member)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"code", "name", "type", "affiliatedToJast", "capabilityEvaluationLastYear",
                "annualInspectionLastYear", "integrityIncidents", "failedAssessments", "partyWorkingGroup",
                "independentPartyBranch", "staff", "professionalSecretariatStaff", "journals", "awards"})
        void aSocietyMember(String member) {
            CheckRequest withNull = read(withNull("    ", member, "society"));
            assertThat(withNull).isEqualTo(read(without("    ", member)));
            assertThat(withNull.society()).isNotEqualTo(read(EXAMPLE).society());
        }

        @Test
        void anEventGivenAsNull() {
            String json = "{\"category\": \"ACADEMIC_EXCHANGE\", \"subProject\": \"EXCHANGE_BRAND\", \"event\": null}";
            assertThat(ApplicationJson.read(json, Plans.plan2021()))
                    .isEqualTo(ApplicationJson.read("{\"category\": \"ACADEMIC_EXCHANGE\", \"subProject\": \"EXCHANGE_BRAND\"}",
                            Plans.plan2021()));
        }

        @Test
        void aNullEventCodeMatchesNothing() {
            assertThat(read(EXAMPLE).application().event().code()).isNull();
        }

        @Test
        void aNullSubProjectMeansNone() {
            CheckRequest r = read(example("\"category\": \"MEMBERS_HOME\"", "\"category\": \"MEMBERS_HOME\", \"subProject\": null"));
            assertThat(r.otherApplications().get(0).subProject()).isNull();
        }

        @Test
        void nullAtAndNullOthers() {
            CheckRequest r = read(example("\"at\": \"2021-05-20T10:00:00+08:00\"", "\"at\": null")
                    .replace("\"otherApplications\": [ { \"category\": \"MEMBERS_HOME\" } ]", "\"otherApplications\": null"));
            assertThat(r.at()).isNull();
            assertThat(r.otherApplications()).isEmpty();
        }
    }

    @Nested
    class MissingFactsAreViolationsNot400 {
        @Test
        void aMissingSocietyBreaksEverySocietyRule() {
            int start = EXAMPLE.indexOf("\"society\": {");
            int end = EXAMPLE.indexOf("\"otherApplications\"");
            String withoutSociety = EXAMPLE.substring(0, start) + EXAMPLE.substring(end);
            assertThat(violated(evaluate(withoutSociety))).containsExactly("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5");
            String nullSociety = EXAMPLE.substring(0, start) + "\"society\": null,\n  " + EXAMPLE.substring(end);
            assertThat(violated(evaluate(nullSociety))).containsExactly("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5");
        }

        @Test
        void aMissingSocietyForFirstClassBreaksItsConditionsToo() {
            int start = EXAMPLE.indexOf("\"society\": {");
            int end = EXAMPLE.indexOf("\"otherApplications\"");
            String json = (EXAMPLE.substring(0, start) + "\"society\": {},\n  " + EXAMPLE.substring(end))
                    .replace("\"category\": \"ACADEMIC_EXCHANGE\",\n    \"subProject\": \"EXCHANGE_BRAND\",",
                            "\"category\": \"FIRST_CLASS\",")
                    .replace("\"event\": {", "\"eventNotRead\": {");
            assertThat(violated(evaluate(json))).containsExactly("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5",
                    "COND-FIRST_CLASS-1", "COND-FIRST_CLASS-2");
        }

        @Test
        void anIncidentOrFailureWhoseYearIsNotGivenCannotBeShownToBeHarmless() {
            String incidentWithoutYear = example("{ \"year\": 2019, \"kind\": \"FUND_MISUSE\" }", "{ \"kind\": \"FRAUD\" }")
                    .replace("{ \"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" }", "{ \"category\": \"MEMBERS_HOME\" }");
            assertThat(violated(evaluate(incidentWithoutYear))).containsExactly("ELIG-3");
            String failureWithoutYear = example("{ \"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" }",
                    "{ \"category\": \"ACADEMIC_EXCHANGE\" }");
            assertThat(violated(evaluate(failureWithoutYear))).containsExactly("ELIG-3", "ELIG-5");
            String failureWithoutCategory = example("{ \"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" }",
                    "{ \"year\": 2020 }");
            assertThat(violated(evaluate(failureWithoutCategory))).containsExactly("ELIG-3", "ELIG-5");
            String oldFailureWithoutCategory = example("{ \"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" }",
                    "{ \"year\": 2018 }");
            assertThat(violated(evaluate(oldFailureWithoutCategory))).containsExactly("ELIG-3");
        }

        @Test
        void aMissingInstantBreaksTheDeadline() {
            assertThat(violated(evaluate(example("\"at\": \"2021-05-20T10:00:00+08:00\",", ""))))
                    .containsExactly("ELIG-3", "ELIG-5", "DEADLINE-1");
        }

        @Test
        void aMissingEventBreaksTheEventConditions() {
            assertThat(violated(evaluate(example("\"event\": {", "\"eventNotRead\": {"))))
                    .containsExactly("ELIG-3", "ELIG-5", "COND-ACADEMIC_EXCHANGE-1", "COND-ACADEMIC_EXCHANGE-2");
        }

        @Test
        void aMissingSubProjectBreaksElig4() {
            assertThat(violated(evaluate(example("\"subProject\": \"EXCHANGE_BRAND\"", "\"subProject\": null"))))
                    .containsExactly("ELIG-3", "ELIG-4", "ELIG-5");
        }

        @Test
        void aCnNumberOfTheWrongFormIsAViolationNot400() {
            String json = example("\"category\": \"ACADEMIC_EXCHANGE\",\n    \"subProject\": \"EXCHANGE_BRAND\"",
                    "\"category\": \"QUALITY_JOURNAL\",\n    \"subProject\": \"JOURNAL_TIER\"")
                    .replace("\"journalCn\": null", "\"journalCn\": \"CN321234/N\"")
                    .replace("\"attachments\": []", "\"attachments\": [\"DEVELOPMENT_PLAN_3Y\"]");
            assertThat(violated(evaluate(json))).containsExactly("ELIG-3", "COND-QUALITY_JOURNAL-1");
        }

        @Test
        void anInstantWithoutOffsetIsReadInShanghai() {
            assertThat(read(example("\"at\": \"2021-05-20T10:00:00+08:00\"", "\"at\": \"2021-05-28T17:00\"")).at())
                    .isEqualTo(Plans.shanghai("2021-05-28T17:00"));
        }

        @Test
        void unknownMembersAreIgnored() {
            // API.md: fields may be added
            assertThat(read(example("\"title\": \"2021 示例学术年会\",", "\"title\": \"2021 示例学术年会\", \"colour\": \"blue\",")))
                    .isEqualTo(read(EXAMPLE));
        }
    }

    @Test
    void theApplicationAloneReadsTheSameWay() {
        assertThatThrownBy(() -> ApplicationJson.read("{\"category\": \"NOPE\"}", Plans.plan2021()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("category");
        assertThatThrownBy(() -> ApplicationJson.read("{", Plans.plan2021())).isInstanceOf(InvalidInputException.class);
        assertThat(ApplicationJson.read("{\"category\": \"MEMBERS_HOME\"}", Plans.plan2021()).category())
                .isEqualTo("MEMBERS_HOME");
    }
}
