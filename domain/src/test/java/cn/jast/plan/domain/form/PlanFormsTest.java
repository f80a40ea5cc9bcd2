package cn.jast.plan.domain.form;

import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.exchange.ContentChanges;
import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.fixtures.Forms;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.fixtures.Societies;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanForms;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.support.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertAll;

/** The 2021 forms of every category and sub-project, as the plan file gives them, and the 2022 test plan's. */
class PlanFormsTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final List<String> COMMON = List.of("summary", "goals", "workPlan", "contact", "team", "budget", "outcomes");

    /** Every (category, sub-project) an application may name; a category without sub-projects once, with null. */
    static List<String[]> projects(PlanYear plan) {
        List<String[]> all = new ArrayList<>();
        for (Category c : plan.categories()) {
            if (c.subProjects().isEmpty()) {
                all.add(new String[] {c.code(), null});
            }
            for (SubProject s : c.subProjects()) {
                all.add(new String[] {c.code(), s.code()});
            }
        }
        return all;
    }

    @Nested
    class The2021Forms {
        @Test
        void everyCategoryAndSubProjectHasTheCommonPartAndAPartOfItsOwn() {
            assertThat(projects(PLAN)).hasSize(3 + 22);
            assertAll(projects(PLAN).stream().map(p -> (Executable) () -> {
                FormDefinition form = Forms.form(PLAN, p[0], p[1]);
                List<String> codes = form.sections().stream().map(SectionDefinition::code).toList();
                assertThat(codes.subList(0, COMMON.size())).as(p[0] + "/" + p[1]).isEqualTo(COMMON);
                assertThat(codes).as(p[0] + "/" + p[1] + " has a part of its own").hasSizeGreaterThan(COMMON.size());
                assertThat(form.sections()).allSatisfy(s -> assertThat(s.clause()).matches("(II|III|IV|V)\\..*"));
            }));
        }

        @Test
        void theGuidesChoiceListsArePlanData() {
            PlanForms forms = PLAN.forms();
            assertThat(forms.choiceList("CAPABILITIES").orElseThrow().choices()).extracting(c -> c.label().zh())
                    .containsExactly("群众组织力", "学术引领力", "战略支撑力", "持续发展力", "社会影响力");
            assertThat(forms.choiceList("KEY_DIRECTIONS").orElseThrow().choices()).hasSize(6);
            ChoiceList industry = forms.choiceList("INDUSTRY_FOCUS").orElseThrow();
            assertThat(industry.choices()).hasSize(13 + 5 + 1);
            assertThat(industry.codes()).contains("NEW_DISPLAY", "RURAL_REVITALISATION", "ARTIFICIAL_INTELLIGENCE", "OTHER");
            assertThat(forms.choiceList("POP_RESOURCE_KINDS").orElseThrow().choices()).extracting(c -> c.label().zh())
                    .containsExactly("科普影视", "多媒体及网络科普作品", "科普展教品", "科普图书刊物", "科普资料");
        }

        @Test
        void theFactsTheRulesReadAreBoundNotCopied() {
            FormDefinition exchange = Forms.form(PLAN, "ACADEMIC_EXCHANGE", "EXCHANGE_BRAND");
            assertThat(exchange.sections().stream().flatMap(s -> s.fields().stream()).map(FieldDefinition::binding)
                    .filter(b -> b != null).map(FactBinding::path)).contains("title", "declaredNotInKechuangJiangsu",
                    "event.name", "event.startDate", "event.endDate", "event.inJiangsu", "event.hostRole",
                    "event.international", "event.plannedParticipants", "event.plannedForeignParticipants");
            assertThat(bindings("QUALITY_JOURNAL", "JOURNAL_TIER")).contains("journalCn", "continuingJournalProject", "attachments");
            assertThat(bindings("SERVICE_PLATFORM", "PLATFORM_AWARDS")).contains("awardName");
            assertThat(bindings("ECONOMY_INTEGRATION", "ECONOMY_B")).contains("servedUnit.name", "servedUnit.kind", "servedUnit.inJiangsu");
            assertThat(bindings("PEOPLES_HEALTH", "HEALTH_ELDERLY")).contains("activitiesInJiangsu");
        }

        private static Stream<String> bindings(String category, String subProject) {
            return Forms.form(PLAN, category, subProject).sections().stream().flatMap(s -> s.fields().stream())
                    .map(FieldDefinition::binding).filter(b -> b != null).map(FactBinding::path);
        }

        @Test
        void aCompleteApplicationOfEachPassesTheFormAndTheRules() {
            assertAll(projects(PLAN).stream().map(p -> (Executable) () -> {
                ApplicationContent c = Forms.completeApplication(PLAN, p[0], p[1]);
                FormDefinition form = Forms.form(PLAN, p[0], p[1]);
                assertThat(form.validate(c, "")).as(p[0] + "/" + p[1]).isEmpty();
                assertThat(form.missing(c)).as(p[0] + "/" + p[1]).isEmpty();
                assertThat(Plans.rules2021().evaluate(new RuleContext(PLAN, Societies.aSociety().build(), c, List.of(),
                        Plans.DURING_2021_WINDOW)).violations()).as(p[0] + "/" + p[1]).isEmpty();
                String canonical = ApplicationJson.canonical(c);
                assertThat(ApplicationJson.canonical(ApplicationJson.read(canonical, PLAN))).isEqualTo(canonical);
            }));
        }

        @Test
        void anIncompleteApplicationOfEachNamesWhatIsMissingWithSectionAndClause() {
            assertAll(projects(PLAN).stream().map(p -> (Executable) () -> {
                FormDefinition form = Forms.form(PLAN, p[0], p[1]);
                ApplicationContent empty = anApplication(p[0], p[1]).build();
                List<MissingField> missing = form.missing(empty);
                long required = form.sections().stream().flatMap(s -> s.fields().stream())
                        .filter(f -> f.required() && !f.bound()).count();
                assertThat(missing).as(p[0] + "/" + p[1]).hasSizeGreaterThanOrEqualTo((int) required);
                assertThat(missing).extracting(MissingField::path).contains("form.summary.abstract", "form.budget.lines",
                        "form.team.members");
                assertThat(missing).allSatisfy(m -> assertThat(form.section(m.section()).orElseThrow().clause()).isNotBlank());
            }));
        }

        @Test
        void theMembersHomeFormAsksForPremisesOnlineHomePersonAndBudgetLine() {
            FormDefinition form = Forms.form(PLAN, "MEMBERS_HOME", null);
            ApplicationContent c = Forms.completeApplication(PLAN, "MEMBERS_HOME", null);
            SectionDefinition home = form.section("membersHome").orElseThrow();
            ApplicationContent without = c.withForm(c.form().with("membersHome", "premises", null)
                    .with("membersHome", "managerName", null));
            assertThat(form.missing(without)).extracting(MissingField::path, MissingField::clause).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("form.membersHome.premises", "III.7.2(2)"),
                    org.assertj.core.groups.Tuple.tuple("form.membersHome.managerName", "III.7.2(4)"));
            assertThat(home.field("annualBudget").orElseThrow().type()).isEqualTo(FieldType.MONEY);
            assertThat(home.field("onlineHomes").orElseThrow().choices().codes()).contains("WEBSITE", "WECHAT_GROUP", "OFFICIAL_ACCOUNT");
        }

        @Test
        void anAcademicEventLeftOutIsMissedAtTheFactsPaths() {
            FormDefinition form = Forms.form(PLAN, "ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END");
            ApplicationContent c = Forms.completeApplication(PLAN, "ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END");
            ApplicationContent noEvent = new ApplicationContent(c.category(), c.subProject(), c.title(),
                    c.declaredNotInKechuangJiangsu(), null, null, null, null, null, null, c.attachments(), c.form());
            assertThat(form.missing(noEvent)).extracting(MissingField::path).containsExactly("event.name",
                    "event.startDate", "event.endDate", "event.inJiangsu", "event.hostRole", "event.international",
                    "event.plannedParticipants");
        }

        @Test
        void requiredAttachmentsAreMissedUntilAttached() {
            FormDefinition form = Forms.form(PLAN, "ECONOMY_INTEGRATION", "ECONOMY_A");
            ApplicationContent c = Forms.completeApplication(PLAN, "ECONOMY_INTEGRATION", "ECONOMY_A");
            ApplicationContent without = new ApplicationContent(c.category(), c.subProject(), c.title(),
                    c.declaredNotInKechuangJiangsu(), null, null, null, null, null, null, List.of(), c.form());
            assertThat(form.missing(without)).extracting(MissingField::field).containsExactly("originalContract",
                    "resultsAchieved", "serviceEvidence", "teamList", "feedback");
        }
    }

    @Nested
    class ReadingADraft {
        @Test
        void everyBadFieldOfTheFormIsNamedOnceTheDraftIsRead() {
            String json = """
                    {"category": "MEMBERS_HOME", "title": "会员之家", "form": {
                      "summary": {"abstract": 12, "period": {"from": "2021-06-01", "to": "2021-05-01"}},
                      "budget": {"amountRequested": 1000.005, "lines": [{"kind": "MEETING", "amount": 10, "basis": "x"},
                                                                     {"kind": "PARTY", "amount": -1, "basis": "y"}]},
                      "membersHome": {"onlineHomes": ["WEBSITE", "TELEGRAM"]},
                      "firstClass": {"capabilities": ["SOCIAL_INFLUENCE"]}}}
                    """;
            // The reader reads what JSON gives; the form names every bad field (the service asks it, for both fronts).
            ApplicationContent read = ApplicationJson.read(json, PLAN);
            assertThat(Forms.form(PLAN, "MEMBERS_HOME", null).validate(read, "")).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("form.summary.abstract",
                    "form.summary.period.to", "form.budget.amountRequested", "form.budget.lines[1].kind",
                    "form.budget.lines[1].amount", "form.membersHome.onlineHomes[1]", "form.firstClass");
        }

        @Test
        void anIncompleteDraftReadsWithoutComplaint() {
            ApplicationContent c = ApplicationJson.read("""
                    {"category": "MEMBERS_HOME", "form": {"summary": {"abstract": "建设线下线上“会员之家”。"}}}""", PLAN);
            assertThat(c.form().value("summary", "abstract")).isEqualTo("建设线下线上“会员之家”。");
        }

        @Test
        void storedContentIsReadBackWithoutItsPlanYear() {
            ApplicationContent c = Forms.completeApplication(PLAN, "FIRST_CLASS", null);
            assertThat(ApplicationJson.read(ApplicationJson.canonical(c)).form()).isEqualTo(c.form());
        }

        @Test
        void thePublicCheckNeverReadsTheForm() {
            String body = Plans.resourceText("/exchange/api-example-check.json").replace("\"attachments\": []",
                    "\"attachments\": [], \"form\": {\"nonsense\": 1}");
            assertThat(cn.jast.plan.domain.exchange.CheckRequest.read(body, PLAN).application().form().isEmpty()).isTrue();
        }
    }

    @Nested
    class FingerprintAndChanges {
        private final ApplicationContent complete = Forms.completeApplication(PLAN, "PEOPLES_HEALTH", "HEALTH_THEMATIC_ACTION");
        private final SocietyId society = new SocietyId("S-0001");

        @Test
        void theFingerprintChangesWithAnyFieldOfAnySection() {
            Fingerprint base = Fingerprint.of(2021, society, complete);
            FormDefinition form = Forms.form(PLAN, "PEOPLES_HEALTH", "HEALTH_THEMATIC_ACTION");
            int changed = 0;
            for (SectionDefinition s : form.sections()) {
                for (FieldDefinition f : s.fields()) {
                    if (f.bound()) {
                        continue;
                    }
                    ApplicationContent other = complete.withForm(complete.form().with(s.code(), f.code(), null));
                    assertThat(Fingerprint.of(2021, society, other)).as(s.code() + "." + f.code()).isNotEqualTo(base);
                    changed++;
                }
                assertThat(Fingerprint.canonicalForm(2021, society, complete)).contains("\"" + s.code() + "\":");
            }
            assertThat(changed).isGreaterThan(20);
        }

        @Test
        void aTableCellChangesItToo() {
            List<Object> rows = new ArrayList<>((List<?>) complete.form().value("budget", "lines"));
            @SuppressWarnings("unchecked")
            Map<String, Object> row = new java.util.TreeMap<>((Map<String, Object>) rows.get(0));
            row.put("amount", new BigDecimal("1234.50"));
            rows.set(0, row);
            ApplicationContent other = complete.withForm(complete.form().with("budget", "lines", rows));
            assertThat(Fingerprint.of(2021, society, other)).isNotEqualTo(Fingerprint.of(2021, society, complete));
            assertThat(ContentChanges.between(complete, other)).singleElement().satisfies(ch -> {
                assertThat(ch.path()).isEqualTo("form.budget.lines[0].amount");
                assertThat(ch.after()).isEqualTo("1234.5");
            });
        }

        @Test
        void sameAmountSameFingerprint() {
            ApplicationContent a = complete.withForm(complete.form().with("budget", "amountRequested", new BigDecimal("80000.50")));
            ApplicationContent b = complete.withForm(complete.form().with("budget", "amountRequested", new BigDecimal("80000.5")));
            assertThat(Fingerprint.of(2021, society, a)).isEqualTo(Fingerprint.of(2021, society, b));
        }

        @Test
        void changesAreListedFieldByField() {
            ApplicationContent other = complete.withForm(complete.form().with("summary", "abstract", "新的简介")
                    .with("contact", "contactEmail", null));
            assertThat(ContentChanges.between(complete, other)).extracting(ContentChanges.Change::path,
                    ContentChanges.Change::after).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("form.contact.contactEmail", null),
                    org.assertj.core.groups.Tuple.tuple("form.summary.abstract", "\"新的简介\""));
            assertThat(ContentChanges.between(complete, complete)).isEmpty();
        }
    }

    @Nested
    class The2022TestPlan {
        private final PlanYear plan = Plans.plan2022();

        @Test
        void itsEconomyFormAddsAFieldDropsOneAndChangesAChoiceList() {
            SectionDefinition y2021 = Forms.form(PLAN, "ECONOMY_INTEGRATION", "ECONOMY_B").section("industry").orElseThrow();
            SectionDefinition y2022 = Forms.form(plan, "ECONOMY_INTEGRATION", "ECONOMY_B").section("industry").orElseThrow();
            assertThat(y2021.field("carbonPlan")).isEmpty();
            assertThat(y2022.field("carbonPlan")).isPresent();
            assertThat(y2021.field("otherFocus")).isPresent();
            assertThat(y2022.field("otherFocus")).isEmpty();
            assertThat(y2022.field("industryFocus").orElseThrow().choices().codes()).contains("CARBON_NEUTRALITY")
                    .doesNotContain("NEW_DISPLAY");
        }

        @Test
        void the2021AnswersNoLongerFitThe2022Form() {
            ApplicationContent c2021 = Forms.completeApplication(PLAN, "ECONOMY_INTEGRATION", "ECONOMY_B")
                    .withForm(Forms.filled(Forms.form(PLAN, "ECONOMY_INTEGRATION", "ECONOMY_B"))
                            .with("industry", "industryFocus", List.of("NEW_DISPLAY")));
            FormDefinition f2022 = Forms.form(plan, "ECONOMY_INTEGRATION", "ECONOMY_B");
            assertThat(f2022.validate(c2021, "")).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("form.industry.otherFocus", "form.industry.industryFocus[0]");
            assertThat(f2022.missing(c2021)).extracting(MissingField::path).containsExactly("form.industry.carbonPlan");
        }

        @Test
        void everyProjectOf2022IsCompleteWhenFilledThroughTheSameCode() {
            assertAll(projects(plan).stream().map(p -> (Executable) () -> {
                FormDefinition form = Forms.form(plan, p[0], p[1]);
                ApplicationContent c = Forms.completeApplication(plan, p[0], p[1]);
                assertThat(form.validate(c, "")).as(p[0] + "/" + p[1]).isEmpty();
                assertThat(form.missing(c)).as(p[0] + "/" + p[1]).isEmpty();
            }));
            assertThat(Forms.form(plan, "DIGITAL_SERVICE", null).section("digitalService")).isPresent();
            assertThat(plan.form("MEMBERS_HOME", null)).isEmpty();
        }
    }
}
