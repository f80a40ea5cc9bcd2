package cn.jast.plan.demo;

import static cn.jast.plan.domain.content.AttachmentKind.DEVELOPMENT_PLAN_3Y;
import static cn.jast.plan.domain.content.AttachmentKind.WORK_PLAN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.content.ApplicationContent.ServedUnit;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.content.ServedUnitKind;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.ReviewCriterion;
import cn.jast.plan.domain.plan.ReviewMethod;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ReviewScoring;
import cn.jast.plan.domain.review.ScoredApplication;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.publicity.PublicityRepository;
import cn.jast.plan.persistence.review.AllocationRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.account.AccountService;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.application.PaperCopyService;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.clock.ClockResume;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.publicity.PublicityService;
import cn.jast.plan.web.review.ReviewService;
import cn.jast.plan.web.society.SocietyService;
import jakarta.enterprise.context.control.RequestContextController;
import org.eclipse.microprofile.config.Config;

/**
 * The demo of the one-command start: a plan year 2021 that has run its course, seeded when the demo WAR
 * starts (MicroProfile Config {@code jast.demo.seed}, on unless set to {@code false}). It lives in the
 * demo module only: the web WAR and the EAR that are deployed in production hold neither this class nor
 * the demo password.
 *
 * <p>Twelve societies ({@code S-0001} … {@code S-0012}) stand for the situations the guide's rules tell
 * apart: fully eligible ones, one that failed the 2020 annual inspection (ELIG-2), one with a 2019 misuse
 * of project funds (ELIG-3), one barred from academic exchange by a failed 2020 project (ELIG-5), a
 * university association (ELIG-1), a journal sponsor, an award holder, one without an independent party
 * branch, one with a small staff and one with a professional secretariat. Their 2021 applications stand
 * in every {@link cn.jast.plan.domain.application.ApplicationState}, and got there the way real ones do, at
 * instants of the plan calendar.
 *
 * <p><b>Through the application services</b>, acting as the demo's users at the seeded instants ({@link Acting};
 * in the demo WAR only, {@link SeedingUser} and {@link SeedingClock} make the services see that user and
 * instant): each society, registered by the office ({@link SocietyService#register}), its 2020 evaluation,
 * inspection, incidents and failed projects recorded by the office with a reason ({@link SocietyService#recordFacts}),
 * the rest of its profile declared by its secretary ({@link SocietyService#updateProfile}); each account, made by
 * the office with a one-time password ({@link AccountService#create}); each submission, as the society's
 * secretary, by {@link ApplicationService#submit} (so every rule of the guide, the LIMIT rules across the
 * society's applications included, admitted it, the audit entry names the secretary and the receipt is queued);
 * the withdrawal, likewise; each paper copy, as the office, by {@link PaperCopyService#record} with the
 * electronic fingerprint; each expert's assignment, as the office, by {@link ReviewService#assign} (so the
 * conflict-of-interest rules admitted it and the expert's notice is queued), the decline and every score sheet as
 * the expert ({@link ReviewService#decline}, {@link ReviewService#score}); both objections as a visitor without an
 * account on the approval list ({@link PublicityService#object}, so the objector is {@code anonymous}, as on the
 * public page) and the upheld one decided by the office ({@link PublicityService#decide}, which takes D21-18 off
 * the list); every report (mid-term, event review, summary) as the project's society
 * ({@link AssessmentService#fileReport}), the mid-term evaluations and the final assessments as the office
 * ({@link AssessmentService#midTerm}, {@link AssessmentService#finalAssessment}, one pass with the office's
 * exception), both results notices and the first one's conclusion, which decides the funding
 * ({@link PublicityService#publish}, {@link PublicityService#conclude}); each draft as its society's secretary
 * ({@link ApplicationService#create}, the demo's ids given by {@link SeedingIds});
 * the ledger of D21-02, by {@link FundingService#book}, the expenses as its society, the
 * funds received as the office. The office acts with its role under the seeding's name, {@value #ACTOR}
 * ({@link Acting#office}), so that the audit log's entries of {@code office} are what the office did during the
 * demo. Every instant is a local time of the plan calendar read in the plan year's zone.
 *
 * <p><b>Still written here</b>, with the domain's own transitions and an audit entry of {@value #ACTOR}, because
 * the service would refuse the situation the demo shows (each is the service's rule working, not a gap in it):
 * <ul>
 * <li>the demo password: the office's one-time password is replaced by the one the demo's users type, which is
 *     shorter than an owner may choose ({@link AccountService#changeOwnPassword} asks for 12 characters), audited
 *     as {@value #DEMO_PASSWORD_ACTION};</li>
 * <li>the start of review and the lapse: {@code ReviewService.startReview} lapses and starts the review of the
 *     whole year at once, while the demo keeps D21-03 submitted without its paper copy and D21-21 with its
 *     paper copy recorded, both outside review, to show those states;</li>
 * <li>allocation: {@code ReviewService.allocate} waits for the plan year's score sheets per application
 *     ({@code review.expertsPerApplication}, 3 in 2021; AllocationGate), the demo has two experts, and D21-19 waits for its score sheet, which the demo shows; the
 *     outcomes are {@link Allocation#allocate}'s over {@link ReviewScoring#combine} of the stored sheets, as the
 *     service's;</li>
 * <li>the approval list and the approval: {@code PublicityService.publish} lists every recommended application,
 *     while D21-16 waits for a later list; its approval ({@code conclude}) is refused as a whole while D21-17's
 *     objection is open, which the demo shows.</li>
 * </ul>
 * Accounts {@code office}, {@code expert1}, {@code expert2} and {@code s0001} … {@code s0012} share the
 * password {@code jast.demo.password} (default {@code demo-2021}).
 *
 * <p>Every step is its own transaction and, as the persistence module asks, appends its audit entry last
 * (through {@link AuditTrail}); the seeding ends with a {@code demo.seeded} entry, up to which the demo clock
 * does not resume after the seeded instants ({@link ClockResume}). It is idempotent: when
 * society {@code S-0001} exists, it does nothing, so a restart on the same database keeps the data (and
 * whatever was done with it during the demo).
 */
@Singleton
@Startup
@DependsOn("PlanYearStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    /** Who the audit log says did what the demo seeds. */
    public static final String ACTOR = ClockResume.SEED_ACTOR;
    public static final String SEED = "jast.demo.seed";
    public static final String PASSWORD = "jast.demo.password";
    public static final String DEFAULT_PASSWORD = "demo-2021";
    /** The audit action of the demo password given to a demo account after the office made it. */
    public static final String DEMO_PASSWORD_ACTION = "account.demoPassword";

    /** The society whose presence means the demo has been seeded. */
    static final SocietyId MARKER = new SocietyId("S-0001");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int YEAR = 2021;

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SocietyService societyService;

    @Inject
    AccountService accountService;

    @Inject
    ApplicationService applicationService;

    @Inject
    PaperCopyService paperCopyService;

    @Inject
    FundingService fundingService;

    @Inject
    ReviewService reviewService;

    @Inject
    PublicityService publicityService;

    @Inject
    AssessmentService assessmentService;

    @Inject
    RequestContextController requestContext;

    @PostConstruct
    void onStart() {
        if (!config.getOptionalValue(SEED, Boolean.class).orElse(true)) {
            return;
        }
        long started = System.nanoTime();
        boolean seeded = seed();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> seeded ? "Demo data seeded in " + ms + " ms (" + SEED + "=true); accounts office, expert1, "
                + "expert2, s0001..s0012 with the password of " + PASSWORD
                : "Demo data already present (society " + MARKER + "); nothing seeded");
    }

    /**
     * Seeds the demo unless it is there already.
     *
     * @return true when it seeded, false when society {@code S-0001} existed and nothing was done
     */
    public boolean seed() {
        if (inTransaction(em -> new SocietyRepository(em).find(MARKER).isPresent())) {
            return false;
        }
        PlanYear plan = inTransaction(em -> new PlanYearRepository(em).require(YEAR));
        // The services keep the caller in request scope; at start-up there is no request to give one.
        boolean activated = requestContext.activate();
        try {
            new Seeding(plan, password()).run();
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
        return true;
    }

    private char[] password() {
        return config.getOptionalValue(PASSWORD, String.class).map(String::strip).filter(p -> !p.isEmpty())
                .orElse(DEFAULT_PASSWORD).toCharArray();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollBack();
            throw e;
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("demo seeding failed: " + e, e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the failure being thrown is what matters
        }
    }

    /** One demo society: what it is and which of the guide's situations it shows. */
    record DemoSociety(String code, String name, String shows, SocietyProfile profile) {
    }

    /** One demo application as drafted. */
    record DemoApplication(String id, String society, LocalDateTime drafted, ApplicationContent content) {
    }

    static List<DemoSociety> societies() {
        return List.of(
                new DemoSociety("S-0001", "江苏省计算机学会", "fully eligible; first-class society building, a brand "
                        + "academic exchange and a members' home", eligible()),
                new DemoSociety("S-0002", "江苏省机械工程学会", "fully eligible; featured society, a high-end forum "
                        + "that fails its assessment, standards, a withdrawn application", eligible()),
                new DemoSociety("S-0003", "江苏省化工学会", "fully eligible; a class-B platform whose funding is "
                        + "cancelled, a paper selection below the quota line, a lapsed application", eligible()),
                new DemoSociety("S-0004", "江苏省土木建筑学会", "failed the 2020 annual inspection (ELIG-2): its draft "
                        + "cannot be submitted", profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.FAILED,
                        List.of(), List.of(), true, new Staff(3, 2), false, List.of(), List.of())),
                new DemoSociety("S-0005", "江苏省农学会", "misused project funds in 2019 (ELIG-3): its draft cannot "
                        + "be submitted", profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED,
                        List.of(new IntegrityIncident(2019, IncidentKind.FUND_MISUSE)), List.of(), true,
                        new Staff(3, 3), false, List.of(), List.of())),
                new DemoSociety("S-0006", "江苏省电子学会", "failed an academic exchange project in 2020 (ELIG-5): "
                        + "barred from ACADEMIC_EXCHANGE in 2021, free to apply elsewhere",
                        profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(),
                                List.of(new FailedAssessment(2020, "ACADEMIC_EXCHANGE")), true, new Staff(4, 2),
                                false, List.of(), List.of())),
                new DemoSociety("S-0007", "江苏省物理学会", "sponsors the journal CN32-1234/N (QUALITY_JOURNAL)",
                        profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(), List.of(), true,
                                new Staff(5, 2), false, List.of(new Journal("江苏物理学刊", "CN32-1234/N", true)),
                                List.of())),
                new DemoSociety("S-0008", "江苏省药学会", "has a registered award, 江苏药学科学技术奖 (PLATFORM_AWARDS)",
                        profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(), List.of(), true,
                                new Staff(6, 3), false, List.of(), List.of(new Award("江苏药学科学技术奖", true)))),
                new DemoSociety("S-0009", "江苏省园艺学会", "no independent party branch: COND-FIRST_CLASS-1 refuses "
                        + "first-class building", profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED,
                        List.of(), List.of(), false, new Staff(4, 3), false, List.of(), List.of())),
                new DemoSociety("S-0010", "江苏省气象学会", "a small staff (1 full-time, 2 part-time): "
                        + "COND-FIRST_CLASS-2 refuses first-class building",
                        profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(), List.of(), true,
                                new Staff(1, 2), false, List.of(), List.of())),
                new DemoSociety("S-0011", "江苏示范大学科协", "a university association (高校科协): ELIG-1 refuses "
                        + "every application", profile(SocietyType.UNIVERSITY_ASSOCIATION, AnnualInspection.PASSED,
                        List.of(), List.of(), true, new Staff(2, 4), false, List.of(), List.of())),
                new DemoSociety("S-0012", "江苏省心理学会", "professional secretariat staff (DEVELOPMENT_SUPPORT)",
                        profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(), List.of(), true,
                                new Staff(5, 1), true, List.of(), List.of())));
    }

    private static SocietyProfile eligible() {
        return profile(SocietyType.PROVINCIAL_SOCIETY, AnnualInspection.PASSED, List.of(), List.of(), true,
                new Staff(4, 3), false, List.of(), List.of());
    }

    /** Code and name are the society's own (Society fills them in). */
    private static SocietyProfile profile(SocietyType type, AnnualInspection inspection,
                                          List<IntegrityIncident> incidents, List<FailedAssessment> failures,
                                          boolean independentPartyBranch, Staff staff, boolean professionalStaff,
                                          List<Journal> journals, List<Award> awards) {
        // The office's record of the 2020 evaluation and inspection, which the 2021 guide's ELIG-2 reads.
        return new SocietyProfile(null, null, type, true,
                List.of(new cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation(2020)),
                List.of(new cn.jast.plan.domain.society.SocietyFacts.InspectionResult(2020, inspection)),
                incidents, failures, true, independentPartyBranch, staff, professionalStaff, journals, awards);
    }

    static List<DemoApplication> applications() {
        return List.of(
                app("D21-01", "S-0001", "2021-05-06T09:30", plain("FIRST_CLASS", null, "江苏省计算机学会一流学会建设")),
                app("D21-02", "S-0001", "2021-05-07T10:00", exchange("EXCHANGE_BRAND", "2021 江苏计算机大会",
                        event("2021 江苏计算机大会", "2021-10-15", "2021-10-17", false, 600, 0, 0))),
                app("D21-03", "S-0001", "2021-05-10T14:00", plain("MEMBERS_HOME", null, "计算机学会“会员之家”建设")),
                app("D21-04", "S-0002", "2021-05-08T09:00", plain("FEATURED", "FEATURED_ACADEMIC",
                        "机械工程学术特色学会建设")),
                app("D21-05", "S-0002", "2021-05-08T15:00", exchange("EXCHANGE_HIGH_END", "2021 智能制造国际高端论坛",
                        event("2021 智能制造国际高端论坛", "2021-09-23", "2021-09-24", true, 400, 40, 8))),
                app("D21-06", "S-0002", "2021-05-11T09:00", plain("SERVICE_PLATFORM", "PLATFORM_STANDARDS",
                        "《工业机器人安全运维规范》团体标准")),
                app("D21-07", "S-0002", "2021-05-11T11:00", plain("POPULARIZATION", "POP_RESOURCES",
                        "“走进智能工厂”科普短视频")),
                app("D21-08", "S-0003", "2021-05-09T10:00", new ApplicationContent("ECONOMY_INTEGRATION", "ECONOMY_B",
                        "化工园区安全环保技术服务站", true, null, null, null, null,
                        new ServedUnit("泰兴经济开发区", ServedUnitKind.PARK, true), null, List.of(WORK_PLAN))),
                app("D21-09", "S-0003", "2021-05-12T09:00", plain("QUALITY_JOURNAL", "JOURNAL_PAPER_SELECTION",
                        "化工领域优秀论文遴选")),
                app("D21-10", "S-0003", "2021-05-20T09:00", new ApplicationContent("PEOPLES_HEALTH", "HEALTH_ELDERLY",
                        "社区老年人用药安全服务", true, null, null, null, null, null, true, List.of(WORK_PLAN))),
                app("D21-11", "S-0004", "2021-05-18T10:00", plain("MEMBERS_HOME", null, "土木建筑学会“会员之家”建设")),
                app("D21-12", "S-0005", "2021-05-18T11:00", plain("SERVICE_PLATFORM", "PLATFORM_POLICY_ADVICE",
                        "粮食安全决策咨询")),
                app("D21-13", "S-0006", "2021-05-10T10:00", plain("POPULARIZATION", "POP_YOUTH_EDUCATION",
                        "青少年电子设计竞赛")),
                app("D21-14", "S-0006", "2021-05-19T10:00", exchange("EXCHANGE_FEATURED", "2021 江苏电子信息学术年会",
                        event("2021 江苏电子信息学术年会", "2021-11-05", "2021-11-06", false, 300, 0, 0))),
                app("D21-15", "S-0007", "2021-05-08T16:00", new ApplicationContent("QUALITY_JOURNAL", "JOURNAL_TIER",
                        "《江苏物理学刊》梯队期刊建设", true, null, "CN32-1234/N", false, null, null, null,
                        List.of(WORK_PLAN, DEVELOPMENT_PLAN_3Y))),
                app("D21-16", "S-0007", "2021-05-10T16:00", plain("QUALITY_JOURNAL", "JOURNAL_PAPER_SELECTION",
                        "物理学优秀论文遴选")),
                app("D21-17", "S-0008", "2021-05-12T10:00", new ApplicationContent("SERVICE_PLATFORM", "PLATFORM_AWARDS",
                        "2021 年度江苏药学科学技术奖评选", true, null, null, null, "江苏药学科学技术奖", null, null,
                        List.of(WORK_PLAN))),
                app("D21-18", "S-0009", "2021-05-13T10:00", plain("MEMBERS_HOME", null, "园艺学会“会员之家”建设")),
                app("D21-19", "S-0010", "2021-05-14T10:00", plain("PEOPLES_HEALTH", "HEALTH_THEMATIC_ACTION",
                        "气象与健康专题行动")),
                app("D21-20", "S-0011", "2021-05-18T15:00", plain("POPULARIZATION", "POP_TALENT_TEAMS",
                        "高校科技志愿者队伍建设")),
                app("D21-21", "S-0012", "2021-05-10T11:00", plain("DEVELOPMENT_SUPPORT", null,
                        "心理学会秘书处职业化建设")));
    }

    private static DemoApplication app(String id, String society, String drafted, ApplicationContent content) {
        return new DemoApplication(id, society, LocalDateTime.parse(drafted), content);
    }

    private static ApplicationContent plain(String category, String subProject, String title) {
        return new ApplicationContent(category, subProject, title, true, null, null, null, null, null, null,
                List.of(WORK_PLAN));
    }

    private static ApplicationContent exchange(String subProject, String title, Event event) {
        return new ApplicationContent("ACADEMIC_EXCHANGE", subProject, title, true, event, null, null, null, null,
                null, List.of(WORK_PLAN));
    }

    private static Event event(String name, String start, String end, boolean international, int participants,
                               int foreign, int countries) {
        return new Event(null, name, LocalDate.parse(start), LocalDate.parse(end), true, HostRole.HOST, international,
                participants, foreign, countries);
    }

    /** One run of the seeding, step by step in the order of the plan calendar. */
    private final class Seeding {
        private final PlanYear plan;
        private final char[] password;

        Seeding(PlanYear plan, char[] password) {
            this.plan = plan;
            this.password = password;
        }

        /** A local time of the plan calendar ({@code 2021-05-12T10:20}) in the plan year's zone (Beijing time). */
        private Instant at(String localDateTime) {
            return at(LocalDateTime.parse(localDateTime));
        }

        private Instant at(LocalDateTime localDateTime) {
            return localDateTime.atZone(plan.zone()).toInstant();
        }

        void run() {
            createSocieties(at("2021-04-26T09:00"), at("2021-04-26T09:10"));
            createAccounts(at("2021-04-26T09:30"));
            declareProfiles(at("2021-04-26T10:00"));
            applyAndRecordPaperCopies();
            review();
            publicNotice();
            carryOut();
            assessAndFund();
            inTransaction(em -> {
                audit.recordAs(ACTOR, clock.instant(), ClockResume.SEEDED, "Demo", String.valueOf(YEAR), null,
                        "{\"societies\":12,\"applications\":" + applications().size() + "}");
                return null;
            });
        }

        /**
         * As the office, through the society service: each society registered with the facts that decide ELIG-1,
         * then the office's record of its 2020 evaluation and inspection and of any incident or failed project
         * (ELIG-2, 3, 5), with the reason, as the office records such facts.
         */
        private void createSocieties(Instant registered, Instant recorded) {
            for (DemoSociety s : societies()) {
                SocietyProfile p = s.profile();
                Acting.office(registered).run(() -> societyService.register(s.code(), s.name(),
                        p.type() == null ? null : p.type().name(), p.affiliatedToJast()));
            }
            for (DemoSociety s : societies()) {
                SocietyProfile p = s.profile();
                SocietyProfile officeFacts = new SocietyProfile(null, null, null, null, p.capabilityEvaluations(),
                        p.annualInspections(), p.integrityIncidents(), p.failedAssessments(), null, null, null, null,
                        null, null);
                Acting.office(recorded).run(() -> societyService.recordFacts(s.code(), officeFacts,
                        "2020 年度学会能力评估、年检结果与诚信记录（演示数据）", null));
            }
        }

        /** As each society's secretary, through the society service: what the society declares of itself. */
        private void declareProfiles(Instant at) {
            for (DemoSociety s : societies()) {
                SocietyProfile p = s.profile();
                SocietyProfile declared = new SocietyProfile(s.code(), s.name(), null, null, null, null, null, null,
                        p.partyWorkingGroup(), p.independentPartyBranch(), p.staff(), p.professionalSecretariatStaff(),
                        p.journals(), p.awards());
                Acting.society(s.code(), at).run(() -> societyService.updateProfile(s.code(), declared, null));
            }
        }

        /**
         * As the office, through the account service: each account made with a one-time password, as the office
         * makes them. The demo then gives every account the one demo password (so that whoever tries the demo
         * can log in as anyone); that password is shorter than the service lets an owner choose (12 characters),
         * so it is set here, hashed with the minimum iteration count to keep the start quick (the login re-hashes
         * it with the default count), and audited as {@value #DEMO_PASSWORD_ACTION}.
         */
        private void createAccounts(Instant at) {
            List<AccountService.NewAccount> accounts = new ArrayList<>();
            accounts.add(new AccountService.NewAccount("office", Role.OFFICE.name(), null, null));
            for (String expert : List.of("expert1", "expert2")) {
                accounts.add(new AccountService.NewAccount(expert, Role.EXPERT.name(), null, null));
            }
            for (DemoSociety s : societies()) {
                accounts.add(new AccountService.NewAccount("s" + s.code().substring(2), Role.SOCIETY.name(),
                        s.code(), null));
            }
            for (AccountService.NewAccount a : accounts) {
                Acting.office(at).run(() -> accountService.create(a));
            }
            PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
            inTransaction(em -> {
                AccountRepository repository = new AccountRepository(em);
                for (AccountService.NewAccount a : accounts) {
                    repository.find(a.username()).orElseThrow().setOwnPassword(hasher.hash(password), at);
                }
                em.flush();
                for (AccountService.NewAccount a : accounts) {
                    audit.recordAs(ACTOR, at, DEMO_PASSWORD_ACTION, "UserAccount", a.username(), null,
                            "{\"passwordFrom\":\"" + PASSWORD + "\"}");
                }
                return null;
            });
        }

        /**
         * Drafts, submissions inside the window (V.2: 2021-05-10 00:00 up to 05-28 17:00), a withdrawal,
         * paper copies before 05-31 17:00 and a lapse, in the order of their instants.
         */
        private void applyAndRecordPaperCopies() {
            List<Map.Entry<Instant, Runnable>> timeline = new ArrayList<>();
            for (DemoApplication d : applications()) {
                timeline.add(Map.entry(at(d.drafted()), () -> draft(d)));
            }
            Map<String, String> submitted = new LinkedHashMap<>();
            submitted.put("D21-15", "2021-05-11T14:00");
            submitted.put("D21-01", "2021-05-12T10:20");
            submitted.put("D21-16", "2021-05-12T16:00");
            submitted.put("D21-21", "2021-05-13T09:30");
            submitted.put("D21-02", "2021-05-13T15:00");
            submitted.put("D21-04", "2021-05-14T09:40");
            submitted.put("D21-07", "2021-05-14T10:05");
            submitted.put("D21-13", "2021-05-15T10:00");
            submitted.put("D21-05", "2021-05-17T11:00");
            submitted.put("D21-17", "2021-05-17T15:20");
            submitted.put("D21-18", "2021-05-18T10:30");
            submitted.put("D21-06", "2021-05-18T14:10");
            submitted.put("D21-08", "2021-05-18T16:45");
            submitted.put("D21-09", "2021-05-19T09:15");
            submitted.put("D21-19", "2021-05-19T11:45");
            submitted.put("D21-03", "2021-05-19T16:30");
            submitted.put("D21-10", "2021-05-27T15:30");
            submitted.forEach((id, when) -> timeline.add(Map.entry(at(when), () -> submit(id, at(when)))));
            Map<String, String> paper = new LinkedHashMap<>();
            paper.put("D21-15", "2021-05-14T10:00");
            paper.put("D21-01", "2021-05-17T10:00");
            paper.put("D21-16", "2021-05-17T14:00");
            paper.put("D21-02", "2021-05-18T11:00");
            paper.put("D21-04", "2021-05-19T09:30");
            paper.put("D21-21", "2021-05-19T15:00");
            paper.put("D21-13", "2021-05-20T09:00");
            paper.put("D21-17", "2021-05-24T09:00");
            paper.put("D21-05", "2021-05-24T14:00");
            paper.put("D21-06", "2021-05-25T10:00");
            paper.put("D21-18", "2021-05-25T11:00");
            paper.put("D21-08", "2021-05-26T10:00");
            paper.put("D21-09", "2021-05-26T15:00");
            paper.put("D21-19", "2021-05-27T10:00");
            paper.forEach((id, when) -> timeline.add(Map.entry(at(when), () -> paperCopy(id, at(when)))));
            Instant withdrawn = at("2021-05-17T09:30");
            timeline.add(Map.entry(withdrawn, () -> Acting.society("S-0002", withdrawn)
                    .as(() -> applicationService.withdraw("D21-07", null))));
            // D21-10's paper copy never came: it lapses once the paper deadline (05-31 17:00) has passed.
            Instant lapsed = at("2021-06-01T09:00");
            timeline.add(Map.entry(lapsed, () -> step("D21-10", lapsed, "application.lapse",
                    (em, a) -> a.lapse(lapsed, plan))));
            timeline.sort(Map.Entry.comparingByKey());
            timeline.forEach(e -> e.getValue().run());
        }

        /**
         * As the society's secretary, through the service the wizard and the REST resource call (the form checked
         * as it is there, the revision and the audit entry the secretary's), with the demo's id
         * ({@link SeedingIds}).
         */
        private void draft(DemoApplication d) {
            Acting.society(d.society(), at(d.drafted())).naming(d.id()).as(() -> applicationService.create(YEAR,
                    DemoForms.filled(plan, d.society(), d.content())));
        }

        /**
         * As the society's secretary, through the service the REST resource and the wizard call: every rule of
         * the guide admits it (or the seeding fails), the submission is audited and its receipt queued.
         */
        private void submit(String id, Instant when) {
            Acting.society(societyOf(id), when).as(() -> applicationService.submit(id, null));
        }

        /** As the office, through the service of the paper-copy desk: the copy carries the electronic fingerprint. */
        private void paperCopy(String id, Instant received) {
            String printed = find(id).fingerprint().hex();
            Acting.office(received).as(() -> paperCopyService.record(printed, received));
        }

        private String societyOf(String id) {
            return applications().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().society();
        }

        /**
         * Expert1 and expert2 split the applications; D21-02 has both; D21-19 waits for its score. The office
         * assigns, and each expert declines or scores, through {@link ReviewService} at the seeded instants;
         * the review's start and the allocation are written here (see the class comment).
         */
        private void review() {
            Instant start = at("2021-06-07T09:00");
            Map<String, Map<String, String>> scores = new LinkedHashMap<>();
            scores.put("D21-01", Map.of("expert1", "91.50"));
            scores.put("D21-02", Map.of("expert1", "86.50", "expert2", "88.00"));
            scores.put("D21-04", Map.of("expert1", "85.00"));
            scores.put("D21-05", Map.of("expert2", "82.00"));
            scores.put("D21-06", Map.of("expert1", "80.50"));
            scores.put("D21-08", Map.of("expert2", "78.00"));
            scores.put("D21-09", Map.of("expert1", "74.00"));
            scores.put("D21-13", Map.of("expert2", "83.00"));
            scores.put("D21-15", Map.of("expert1", "87.00"));
            scores.put("D21-16", Map.of("expert2", "89.00"));
            scores.put("D21-17", Map.of("expert1", "84.50"));
            scores.put("D21-18", Map.of("expert2", "76.00"));
            Map<String, List<String>> assigned = new LinkedHashMap<>();
            scores.forEach((id, byExpert) -> assigned.put(id, byExpert.keySet().stream().sorted().toList()));
            assigned.put("D21-19", List.of("expert1", "expert2"));
            assigned.forEach((id, experts) -> {
                step(id, start, "application.startReview", (em, a) -> a.startReview());
                experts.forEach(expert -> Acting.office(start).as(() -> reviewService.assign(id, expert)));
            });
            Instant declined = at("2021-06-09T15:00");
            Acting.expert("expert1", declined).run(() -> reviewService.decline("D21-19", "本人为该学会理事，申请回避"));

            List<ScoredApplication> scored = new ArrayList<>();
            int day = 15;
            for (var e : scores.entrySet()) {
                Instant scoredAt = at("2021-06-" + day + "T16:00");
                day = day < 25 ? day + 1 : 25;
                List<BigDecimal> given = new ArrayList<>();
                e.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(s ->
                        given.add(score(e.getKey(), s.getKey(), new BigDecimal(s.getValue()), scoredAt)));
                Application a = find(e.getKey());
                scored.add(new ScoredApplication(a.id().value(), a.category(), a.subProject(),
                        ReviewScoring.combine(plan, given).doubleValue(), a.submittedAt()));
            }

            Instant allocated = at("2021-06-28T10:00");
            List<AllocationOutcome> outcomes = Allocation.allocate(plan, scored);
            inTransaction(em -> {
                new AllocationRepository(em).replace(YEAR, outcomes, allocated);
                audit.recordAs(ACTOR, allocated, "review.allocate", "PlanYear",
                        String.valueOf(YEAR), null, "{\"outcomes\":" + outcomes.size() + "}");
                return null;
            });
            for (AllocationOutcome o : outcomes) {
                boolean expected = !o.applicationId().equals("D21-09");
                if (o.withinQuota() != expected) {
                    throw new IllegalStateException("demo allocation unexpected: " + o.explanation());
                }
                step(o.applicationId(), allocated, "application.recommend",
                        (em, a) -> a.recommend(o.withinQuota(), allocated));
            }
        }

        /**
         * The expert's score sheet, as the expert's page hands it in: where the plan year scores by criteria
         * (2021 does), every criterion at the same share of its range, so that the sheet's total is
         * {@code total}; else the one overall score.
         */
        private BigDecimal score(String id, String expert, BigDecimal total, Instant at) {
            ReviewMethod method = plan.management().review();
            BigDecimal share = total.divide(plan.review().maxScore(), 12, java.math.RoundingMode.UNNECESSARY);
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            for (ReviewCriterion c : method.criteria()) {
                criteria.put(c.code(), c.maxScore().multiply(share).stripTrailingZeros());
            }
            BigDecimal stored = Acting.expert(expert, at).as(() -> reviewService.score(id,
                    method.overallScoreOnly() ? total : null, method.overallScoreOnly() ? null : criteria,
                    "材料完整，目标明确，可行性较好")).score();
            if (stored.compareTo(total) != 0) {
                throw new IllegalStateException("demo score sheet of " + id + " by " + expert + " totals " + stored
                        + ", not " + total);
            }
            return stored;
        }

        /**
         * The approval list runs from 06-30 for five working days (to 07-06). An objection against
         * D21-18 is upheld; one against D21-17 is still open, so D21-17 waits on the list. D21-16, the
         * one place of the paper selection, waits for the next list.
         */
        private void publicNotice() {
            Instant published = at("2021-06-30T09:00");
            List<String> listed = List.of("D21-01", "D21-02", "D21-04", "D21-05", "D21-06", "D21-08", "D21-13",
                    "D21-15", "D21-17", "D21-18");
            PublicityNotice notice = PublicityNotice.publish("N21-APPROVAL-1", plan, NoticeKind.APPROVAL_LIST,
                    "2021 年度提升学会服务科技创新能力计划拟立项项目公示（第一批）", listed, published);
            inTransaction(em -> {
                new PublicityRepository(em).add(notice);
                audit.recordAs(ACTOR, published, "publicity.publish", "PublicityNotice",
                        notice.id(), null, "{\"kind\":\"APPROVAL_LIST\",\"applications\":" + listed.size() + "}");
                return null;
            });
            for (String id : listed) {
                step(id, published, "application.publish", (em, a) -> a.publish());
            }
            // A member of the public objects on the notice's page, without an account; the office decides.
            Instant raised1 = at("2021-07-02T10:30");
            Objection upheld = Acting.visitor(raised1).as(() -> publicityService.object(notice.id(), "D21-18",
                    "该学会“会员之家”场地为临时租用，与申报书所述固定场所不符", null));
            Instant raised2 = at("2021-07-05T14:00");
            Acting.visitor(raised2).as(() -> publicityService.object(notice.id(), "D21-17",
                    "对奖项评审程序是否公开提出疑问，请予核实", null));
            Instant decided = at("2021-07-07T16:00");
            Acting.office(decided).as(() -> publicityService.decide(upheld.id(), true, "经核实，异议成立，不予立项"));
            Instant approved = at("2021-07-08T09:00");
            for (String id : List.of("D21-01", "D21-02", "D21-04", "D21-05", "D21-06", "D21-08", "D21-13", "D21-15")) {
                step(id, approved, "application.approve", (em, a) -> a.approve(notice.period(), approved));
            }
        }

        /**
         * Mid-term (September), the event review of the computer congress, the summary reports (December): each
         * report filed by the project's society, the mid-term evaluation recorded by the office, through
         * {@link AssessmentService}.
         */
        private void carryOut() {
            Instant filed = at("2021-09-10T10:00");
            Instant evaluated = at("2021-09-24T15:00");
            for (String id : List.of("D21-01", "D21-02", "D21-04", "D21-05", "D21-06", "D21-08", "D21-15")) {
                report(id, ReportKind.MID_TERM, "项目按计划推进，阶段目标已完成。", filed);
                Acting.office(evaluated).as(() -> assessmentService.midTerm(id, true, "进度符合计划"));
            }
            report("D21-02", ReportKind.EVENT_REVIEW,
                    "2021 江苏计算机大会于 10 月 15 日至 17 日在南京举行，线上线下结合，参会 620 人。",
                    at("2021-11-10T10:00"));
            Instant summary = at("2021-12-10T10:00");
            for (String id : List.of("D21-01", "D21-02", "D21-04", "D21-05", "D21-08", "D21-15")) {
                report(id, ReportKind.FINAL_SUMMARY, "年度总结报告：目标任务完成情况、经费使用情况及佐证材料目录。", summary);
            }
        }

        private void report(String id, ReportKind kind, String text, Instant filed) {
            Acting.society(societyOf(id), filed).as(() -> assessmentService.fileReport(id, kind, text, List.of()));
        }

        /**
         * The final assessment, as the office, through {@link AssessmentService#finalAssessment}, and its results
         * notices through {@link PublicityService}: on 12-13 D21-01 passes (its recognition shown on paper, the
         * office's exception to ASSESS-RECOGNITION with the reason), D21-02 passes and D21-08 fails; the first
         * results notice ({@code N21-RESULTS-1}, 12-14, five working days to 12-20) ends with no objection, and
         * on 12-21 the results take effect (IV.2): no money for first-class building, the congress funded in 2022, D21-08's funding cancelled
         * and its failure recorded against S-0003 (ELIG-5). On 12-27 D21-04 passes and D21-05 fails; their
         * results notice, {@code N21-RESULTS-2}, runs from 12-29 to 2022-01-05, and their results take effect
         * when the office concludes it. The congress's ledger runs into 2022.
         */
        private void assessAndFund() {
            Instant assessed = at("2021-12-13T15:00");
            assess("D21-01", true, Map.of("ASSESS-RECOGNITION",
                    "中国计算机学会表彰通报为纸质原件，考核组已于现场核验原件"), assessed);
            assess("D21-02", true, Map.of(), assessed);
            assess("D21-08", false, Map.of(), assessed);
            Instant firstNotice = at("2021-12-14T09:00");
            PublicityNotice first = Acting.office(firstNotice).naming("N21-RESULTS-1").as(() -> publicityService
                    .publish(YEAR, NoticeKind.ASSESSMENT_RESULTS, "2021 年度提升学会服务科技创新能力计划项目考核结果公示（第一批）"));
            expect("the first results notice", first.applicationIds(), List.of("D21-01", "D21-02", "D21-08"));
            Instant concluded = at("2021-12-21T10:00");
            expect("the results taking effect", Acting.office(concluded).as(() -> publicityService.conclude(first.id()))
                    .stream().map(a -> a.id().value()).toList(), first.applicationIds());

            Instant later = at("2021-12-27T15:00");
            assess("D21-04", true, Map.of(), later);
            assess("D21-05", false, Map.of(), later);
            Instant published = at("2021-12-29T09:00");
            PublicityNotice second = Acting.office(published).naming("N21-RESULTS-2").as(() -> publicityService
                    .publish(YEAR, NoticeKind.ASSESSMENT_RESULTS, "2021 年度提升学会服务科技创新能力计划项目考核结果公示（第二批）"));
            expect("the second results notice", second.applicationIds(), List.of("D21-04", "D21-05"));

            // Booked once the project is funded (the service books funds received only then), with the days of
            // the bookings; their entries are dated at those days, before the assessment's in the log's order.
            book(LedgerEntry.Kind.PLANNED_EXPENSE, "会场租赁", "60000.00", "2021-07-12");
            book(LedgerEntry.Kind.PLANNED_EXPENSE, "专家劳务", "25000.00", "2021-07-12");
            book(LedgerEntry.Kind.ACTUAL_EXPENSE, "会场租赁", "58600.00", "2021-10-17");
            book(LedgerEntry.Kind.ACTUAL_EXPENSE, "专家劳务", "23400.00", "2021-10-17");
            book(LedgerEntry.Kind.FUNDS_RECEIVED, "省科协资助经费（2022 年度拨付）", "100000.00", "2022-03-15");
        }

        /** The seeding stops where a service did other than the demo says (the plan year's data changed, say). */
        private static void expect(String what, List<String> got, List<String> expected) {
            if (!new java.util.TreeSet<>(got).equals(new java.util.TreeSet<>(expected))) {
                throw new IllegalStateException("demo: " + what + " holds " + got + ", not " + expected);
            }
        }

        /** As the office: the final assessment with no evidence beyond the reports, and the exceptions given. */
        private void assess(String id, boolean passed, Map<String, String> exceptions, Instant at) {
            Acting.office(at).as(() -> assessmentService.finalAssessment(id, passed,
                    passed ? "考核合格" : "考核不合格：主要目标未完成", null, exceptions));
        }

        /**
         * Through the funding service, as the ledger policy has it: the society (S-0001) books its planned and
         * actual expenses, the office the funds received, each at 16:00 of the booking day.
         */
        private void book(LedgerEntry.Kind kind, String item, String amount, String bookedOn) {
            Instant recorded = LocalDate.parse(bookedOn).atTime(16, 0).atZone(plan.zone()).toInstant();
            Acting who = kind == LedgerEntry.Kind.FUNDS_RECEIVED ? Acting.office(recorded)
                    : Acting.society(societyOf("D21-02"), recorded);
            who.as(() -> fundingService.book("D21-02", kind, item, new BigDecimal(amount), LocalDate.parse(bookedOn)));
        }

        private Application find(String id) {
            return inTransaction(em -> new ApplicationRepository(em).find(new ApplicationId(id)).orElseThrow());
        }

        /** One transition of one application in its own transaction, its audit entry appended last. */
        private void step(String id, Instant at, String action, BiConsumer<EntityManager, Application> work) {
            inTransaction(em -> {
                Application a = new ApplicationRepository(em).find(new ApplicationId(id)).orElseThrow();
                String before = AuditSnapshots.of(a);
                work.accept(em, a);
                em.flush();
                audit.recordAs(ACTOR, at, action, "Application", id, before,
                        AuditSnapshots.of(a));
                return null;
            });
        }
    }
}
