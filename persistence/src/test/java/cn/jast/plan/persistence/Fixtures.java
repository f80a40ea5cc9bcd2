package cn.jast.plan.persistence;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.FormValues;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.society.SocietyRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of domain objects for the persistence tests. */
public final class Fixtures {
    private static final PlanYear PLAN_2021 = PlanYears.bundled(2021).orElseThrow();
    /** Inside the 2021 submission window (2021-05-10 00:00 to 2021-05-28 17:00, Asia/Shanghai). */
    public static final Instant IN_WINDOW = Instant.parse("2021-05-20T02:00:00Z");
    public static final Instant DRAFTED = Instant.parse("2021-05-12T01:30:00Z");

    private Fixtures() {
    }

    public static PlanYear plan2021(TestDatabase db) {
        return db.tx(em -> new PlanYearRepository(em).storeBundledIfAbsent(2021, "office", DRAFTED));
    }

    /** A provincial society that meets every eligibility rule and every condition the fixtures' categories ask. */
    public static SocietyProfile eligibleProfile() {
        return new SocietyProfile(null, null, SocietyType.PROVINCIAL_SOCIETY, true,
                List.of(new cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation(2020)),
                List.of(new cn.jast.plan.domain.society.SocietyFacts.InspectionResult(2020, AnnualInspection.PASSED)),
                List.of(), List.of(), true, true, new Staff(12, 8), true,
                List.of(new Journal("江苏科技学报", "32-1234/N", true)),
                List.of(new Award("江苏省某某科学技术奖", true)));
    }

    public static String uniqueCode() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Society society(String code) {
        return new Society(new SocietyId(code), "江苏省测试学会 " + code, eligibleProfile());
    }

    public static Society addSociety(TestDatabase db) {
        Society s = society(uniqueCode());
        db.run(em -> new SocietyRepository(em).add(s));
        return s;
    }

    /** Content whose form is complete (every field of the 2021 form filled), so that it can be submitted. */
    public static ApplicationContent content(String category, String subProject) {
        return completed(new ApplicationContent(category, subProject, "项目 " + category, true, null, null, null, null,
                null, null, List.of(AttachmentKind.WORK_PLAN)));
    }

    /** The content with every field of its 2021 form that is not one of the rules' facts filled. */
    public static ApplicationContent completed(ApplicationContent c) {
        FormDefinition form = PLAN_2021.form(c.category(), c.subProject()).orElseThrow();
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (SectionDefinition s : form.sections()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            s.fields().stream().filter(f -> !f.bound()).forEach(f -> fields.put(f.code(), value(f)));
            sections.put(s.code(), fields);
        }
        return c.withForm(FormValues.of(sections));
    }

    private static Object value(FieldDefinition f) {
        return switch (f.type()) {
            case SHORT_TEXT, LONG_TEXT -> f.label().zh().substring(0, Math.min(f.label().zh().length(), f.maxLength()));
            case INTEGER, MONEY -> f.min() != null ? f.min() : BigDecimal.TEN;
            case DATE -> "2021-09-30";
            case DATE_RANGE -> Map.of("from", "2021-06-01", "to", "2021-12-31");
            case SINGLE_CHOICE -> f.choices().codes().get(0);
            case MULTIPLE_CHOICE -> List.of(f.choices().codes().get(0));
            case YES_NO -> true;
            case TABLE -> {
                Map<String, Object> row = new LinkedHashMap<>();
                f.columns().forEach(col -> row.put(col.code(), value(col)));
                yield List.of(row);
            }
            case ATTACHMENT -> throw new IllegalArgumentException("an attachment has no form value");
        };
    }

    /** Rich content: an academic event and several attachments, to show every field survives. */
    public static ApplicationContent exchangeContent() {
        return new ApplicationContent("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND", "第五届长三角学术论坛", true,
                new ApplicationContent.Event("EV-2021-7", "长三角学术论坛", LocalDate.of(2021, 9, 10),
                        LocalDate.of(2021, 9, 12), true, HostRole.HOST, false, 300, 10, 3),
                null, null, null, null, null, List.of(AttachmentKind.DEVELOPMENT_PLAN_3Y, AttachmentKind.WORK_PLAN))
                .withForm(FormValues.of(Map.of("summary", Map.of("abstract", "长三角学术论坛第五届，线上线下相结合。",
                        "period", Map.of("from", "2021-06-01", "to", "2021-09-30")),
                        "budget", Map.of("amountRequested", new BigDecimal("80000.00"), "lines", List.of(
                                Map.of("kind", "MEETING", "amount", new BigDecimal("50000.50"), "basis", "会场及资料"),
                                Map.of("kind", "TRAVEL", "amount", new BigDecimal("29999.50"), "basis", "专家差旅"))))));
    }

    public static Application draft(PlanYear plan, Society society, ApplicationContent content) {
        return Application.draft(ApplicationId.newId(), society.id(), plan, content, DRAFTED);
    }

    public static Application addDraft(TestDatabase db, PlanYear plan, Society society, ApplicationContent content) {
        Application a = draft(plan, society, content);
        db.run(em -> new ApplicationRepository(em).add(a));
        return a;
    }
}
