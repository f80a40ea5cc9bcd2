package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.content.ApplicationContent.ServedUnit;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.plan.Thresholds;
import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.domain.support.Texts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "hard" conditions of each category (III, 相关要求), the instances of ELIG-4. The plan-year
 * file says which categories and sub-projects each applies to; a condition applied to an
 * application it says nothing about is not met.
 */
public final class ConditionRules {
    private ConditionRules() {
    }

    /** Every condition rule by identifier, in the guide's order. */
    public static Map<String, GuideRule> byId() {
        Map<String, GuideRule> all = new LinkedHashMap<>();
        for (GuideRule r : List.of(new PartyOrganisation(), new StaffTeam(), new EventHostRole(),
                new EventInJiangsuAndCompleted(), new InternationalForeignShare(), new InternationalCountries(),
                new AttachedAgreement("COND-SERVICE_PLATFORM-1", "III.5.2(2)", AttachmentKind.ENTRUSTMENT_AGREEMENT,
                        LocalizedText.of("须签署评估委托协议并提供相关佐证",
                                "A signed entrustment agreement for the evaluation must be attached.")),
                new AttachedAgreement("COND-SERVICE_PLATFORM-2", "III.5.3(2)", AttachmentKind.UNDERTAKING_AGREEMENT,
                        LocalizedText.of("须签署承接项目协议并提供相关佐证",
                                "A signed agreement for the undertaken talent-assessment work must be attached.")),
                new RegisteredAward(), new SponsoredJournal(), new JournalDevelopmentPlan(),
                new ExistingPlatformEvidence(), new GrassrootsServedUnit(), new ElderlyActivitiesInJiangsu(),
                new ProfessionalSecretariat())) {
            all.put(r.id(), r);
        }
        return all;
    }

    /**
     * COND-FIRST_CLASS-1, III.1.2(1): 申报学会理事会须建有党建工作小组，秘书处须建有独立党支部，
     * 且党组织有效发挥引领促进作用。 That the party organisation leads is shown in the report, not checked.
     */
    public static final class PartyOrganisation extends GuideRule {
        public PartyOrganisation() {
            super("COND-FIRST_CLASS-1", "III.1.2(1)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报学会理事会须建有党建工作小组，秘书处须建有独立党支部，且党组织有效发挥引领促进作用",
                    "The council must have a party-building working group and the secretariat an independent party branch.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            return Boolean.TRUE.equals(c.society().partyWorkingGroup())
                    && Boolean.TRUE.equals(c.society().independentPartyBranch());
        }
    }

    /**
     * COND-FIRST_CLASS-2, III.1.2(2): 申报学会须有一支……具有一定规模且结构合理的专兼职工作人员队伍。
     * Interpretation (GUIDE-2021.md): the plan year sets the smallest team, full- and part-time
     * together, and the smallest number of full-time staff within it.
     */
    public static final class StaffTeam extends GuideRule {
        public StaffTeam() {
            super("COND-FIRST_CLASS-2", "III.1.2(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            Thresholds t = plan.thresholds();
            return LocalizedText.of("申报学会须有一支专业水平高、业务素质精良、执行力强、具有一定规模且结构合理的专兼职工作人员队伍（本年度：专兼职合计不少于 "
                            + t.firstClassMinStaff() + " 人，其中专职不少于 " + t.firstClassMinFullTimeStaff() + " 人）",
                    "The society needs a team of full- and part-time staff of a certain size and a reasonable structure (this plan year: at least "
                            + t.firstClassMinStaff() + " together, of whom at least " + t.firstClassMinFullTimeStaff() + " full-time).");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Staff staff = c.society().staff();
            if (staff == null || staff.fullTime() == null || staff.partTime() == null) {
                return false;
            }
            Thresholds t = c.plan().thresholds();
            return staff.fullTime() + staff.partTime() >= t.firstClassMinStaff()
                    && staff.fullTime() >= t.firstClassMinFullTimeStaff();
        }
    }

    /**
     * COND-ACADEMIC_EXCHANGE-1, III.3.2(7): 高端学术交流必须由省级学会主办、承办（或联合主办、承办）；
     * 品牌学术交流、特色学术交流必须由省级学会主办（或联合主办）。
     * The roles each sub-project admits are plan data; an application that names no sub-project
     * is ELIG-4's matter.
     */
    public static final class EventHostRole extends GuideRule {
        public EventHostRole() {
            super("COND-ACADEMIC_EXCHANGE-1", "III.3.2(7)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("高端学术交流必须由省级学会主办、承办（或联合主办、承办）；品牌学术交流、特色学术交流必须由省级学会主办（或联合主办）",
                    "A high-end exchange must be hosted or organised (alone or jointly) by the society; a brand or featured exchange must be hosted (alone or jointly) by it.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Event e = c.application().event();
            if (e == null || e.hostRole() == null) {
                return false;
            }
            SubProject sub = c.plan().subProject(c.application().subProject()).orElse(null);
            if (sub == null || sub.eventHostRoles().isEmpty()) {
                return true;
            }
            return sub.eventHostRoles().contains(e.hostRole());
        }
    }

    /**
     * COND-ACADEMIC_EXCHANGE-2, III.3.2(8): 活动举办地须在江苏省内，完成时间须在 2021 年 12 月 31 日前。
     * Interpretation (GUIDE-2021.md): an event that ends on the last day the plan year allows passes.
     */
    public static final class EventInJiangsuAndCompleted extends GuideRule {
        public EventInJiangsuAndCompleted() {
            super("COND-ACADEMIC_EXCHANGE-2", "III.3.2(8)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            LocalDate by = plan.thresholds().eventsCompletedBy();
            return LocalizedText.of("活动举办地须在江苏省内，完成时间须在 " + by.getYear() + " 年 " + by.getMonthValue() + " 月 "
                            + by.getDayOfMonth() + " 日前",
                    "The event must take place in Jiangsu and be completed by " + by + ".");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Event e = c.application().event();
            return e != null && Boolean.TRUE.equals(e.inJiangsu()) && e.endDate() != null
                    && !e.endDate().isAfter(c.plan().thresholds().eventsCompletedBy());
        }
    }

    /**
     * COND-ACADEMIC_EXCHANGE-3, III.3.2(2): 举办国际会议，外方代表比例应不低于全部参会人数的5%。
     * Applies to an event marked international; checked on the planned figures (15 of 300 passes,
     * 14 of 300 fails).
     */
    public static final class InternationalForeignShare extends GuideRule {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public InternationalForeignShare() {
            super("COND-ACADEMIC_EXCHANGE-3", "III.3.2(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            String p = plan.thresholds().internationalMinForeignPercent().stripTrailingZeros().toPlainString();
            return LocalizedText.of("举办国际会议，外方代表比例应不低于全部参会人数的" + p + "%",
                    "At an international conference foreign participants must be at least " + p + "% of all participants.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Event e = c.application().event();
            if (e == null || !Boolean.TRUE.equals(e.international())) {
                return true;
            }
            if (e.plannedParticipants() == null || e.plannedForeignParticipants() == null) {
                return false;
            }
            // foreign / all >= percent / 100, in exact arithmetic: foreign * 100 >= percent * all
            BigDecimal foreignTimes100 = BigDecimal.valueOf(e.plannedForeignParticipants()).multiply(HUNDRED);
            BigDecimal required = c.plan().thresholds().internationalMinForeignPercent()
                    .multiply(BigDecimal.valueOf(e.plannedParticipants()));
            return foreignTimes100.compareTo(required) >= 0;
        }
    }

    /**
     * COND-ACADEMIC_EXCHANGE-4, III.3.2(2): 其区域分布合理（一般不少于5个国家或地区）。
     * Interpretation (GUIDE-2021.md): because of 一般 ("normally"), fewer countries is a warning.
     */
    public static final class InternationalCountries extends GuideRule {
        public InternationalCountries() {
            super("COND-ACADEMIC_EXCHANGE-4", "III.3.2(2)", Severity.WARNING);
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            int n = plan.thresholds().internationalMinCountries();
            return LocalizedText.of("举办国际会议，外方代表区域分布合理（一般不少于" + n + "个国家或地区）",
                    "Foreign participants of an international conference should normally come from at least " + n + " countries or regions.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Event e = c.application().event();
            if (e == null || !Boolean.TRUE.equals(e.international())) {
                return true;
            }
            return e.plannedForeignCountries() != null
                    && e.plannedForeignCountries() >= c.plan().thresholds().internationalMinCountries();
        }
    }

    /**
     * COND-SERVICE_PLATFORM-1, III.5.2(2): 须签署评估委托协议并提供相关佐证;
     * COND-SERVICE_PLATFORM-2, III.5.3(2): 须签署承接项目协议并提供相关佐证.
     * The signed agreement is attached.
     */
    public static final class AttachedAgreement extends GuideRule {
        private final AttachmentKind required;
        private final LocalizedText message;

        AttachedAgreement(String id, String clause, AttachmentKind required, LocalizedText message) {
            super(id, clause);
            this.required = required;
            this.message = message;
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return message;
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            return c.application().hasAttachment(required);
        }
    }

    /**
     * COND-SERVICE_PLATFORM-3, III.5.4(2): 设奖主体为省级学会；奖项已在省科学技术行政部门报备。
     * The award named in the application is one the society has set up, and it is registered.
     */
    public static final class RegisteredAward extends GuideRule {
        public RegisteredAward() {
            super("COND-SERVICE_PLATFORM-3", "III.5.4(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("设奖主体为省级学会；奖项已在省科学技术行政部门报备；有规范的奖励规章和完善的申报评审制度",
                    "The award must be set up by the society itself and registered with the provincial science and technology department.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            String wanted = Texts.normalizedName(c.application().awardName());
            List<Award> awards = c.society().awards();
            if (wanted == null || wanted.isEmpty() || awards == null) {
                return false;
            }
            for (Award a : awards) {
                if (wanted.equals(Texts.normalizedName(a.name())) && Boolean.TRUE.equals(a.registeredWithProvincialDept())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * COND-QUALITY_JOURNAL-1, III.6.1(2)1): 申报学会是公开发行具有 CN 刊号的科技期刊的主办单位。
     * The journal named by its CN number ({@code CN}, two digits, {@code -}, four digits, {@code /},
     * one to three capital letters or digits; spaces and case ignored) is one the society sponsors.
     */
    public static final class SponsoredJournal extends GuideRule {
        private static final Pattern CN = Pattern.compile("CN[0-9]{2}-[0-9]{4}/[A-Z0-9]{1,3}");

        public SponsoredJournal() {
            super("COND-QUALITY_JOURNAL-1", "III.6.1(2)1)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报学会是公开发行具有 CN 刊号的科技期刊的主办单位",
                    "The society must be the sponsor of a publicly issued sci-tech journal with a CN number, and the application must name that journal by its CN number.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            String cn = normalizedCn(c.application().journalCn());
            List<Journal> journals = c.society().journals();
            if (cn == null || journals == null) {
                return false;
            }
            for (Journal j : journals) {
                if (cn.equals(normalizedCn(j.cn())) && Boolean.TRUE.equals(j.sponsor())) {
                    return true;
                }
            }
            return false;
        }

        /** The CN number in its canonical form, or null when it is not one. */
        public static String normalizedCn(String text) {
            if (text == null) {
                return null;
            }
            String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
            StringBuilder out = new StringBuilder(nfkc.length());
            nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(out::appendCodePoint);
            String cn = out.toString().toUpperCase(Locale.ROOT);
            return CN.matcher(cn).matches() ? cn : null;
        }
    }

    /**
     * COND-QUALITY_JOURNAL-2, III.6.1(2)2): 新申报期刊要系统设计 3 年期刊建设的发展规划。
     * A new application attaches the three-year development plan; a continuing one reports against
     * its earlier plan instead (III.6.1(2)3)).
     */
    public static final class JournalDevelopmentPlan extends GuideRule {
        public JournalDevelopmentPlan() {
            super("COND-QUALITY_JOURNAL-2", "III.6.1(2)2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            int years = plan.thresholds().journalPlanYears();
            return LocalizedText.of("新申报期刊要系统设计 " + years + " 年期刊建设的发展规划，细化项目内容和目标任务",
                    "A newly applying journal must attach its " + years + "-year development plan.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            ApplicationContent a = c.application();
            return Boolean.TRUE.equals(a.continuingJournalProject()) || a.hasAttachment(AttachmentKind.DEVELOPMENT_PLAN_3Y);
        }
    }

    /**
     * COND-ECONOMY_INTEGRATION-1, III.8.2(1): 申报 A 类平台项目的需提交原有项目合同、已取得的成效、
     * 持续开展服务相关佐证、服务团队名单以及被服务单位对学会服务的反馈等材料。
     */
    public static final class ExistingPlatformEvidence extends GuideRule {
        private static final Set<AttachmentKind> REQUIRED = Set.of(AttachmentKind.ORIGINAL_CONTRACT,
                AttachmentKind.RESULTS_ACHIEVED, AttachmentKind.SERVICE_EVIDENCE, AttachmentKind.TEAM_LIST,
                AttachmentKind.SERVED_UNIT_FEEDBACK);

        public ExistingPlatformEvidence() {
            super("COND-ECONOMY_INTEGRATION-1", "III.8.2(1)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报 A 类平台项目的需提交原有项目合同、已取得的成效、持续开展服务相关佐证、服务团队名单以及被服务单位对学会服务的反馈等材料",
                    "A class-A platform must attach the original contract, the results achieved, evidence of continued service, the team list and the served unit's feedback.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            List<AttachmentKind> attached = c.application().attachments();
            return attached != null && attached.containsAll(REQUIRED);
        }
    }

    /**
     * COND-ECONOMY_INTEGRATION-2, III.8.2(2): 申报 B 类新建科技创新服务平台必须依托省内企业、园区、医院、
     * 农村合作社等基层被服务单位建立。 The unit is named, of one of those kinds, and in Jiangsu.
     */
    public static final class GrassrootsServedUnit extends GuideRule {
        public GrassrootsServedUnit() {
            super("COND-ECONOMY_INTEGRATION-2", "III.8.2(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报 B 类新建科技创新服务平台必须依托省内企业、园区、医院、农村合作社等基层被服务单位建立",
                    "A new class-B platform must be based at a named grassroots unit in Jiangsu: an enterprise, park, hospital, rural cooperative or the like.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            ServedUnit u = c.application().servedUnit();
            return u != null && !Texts.isBlank(u.name()) && u.kind() != null && Boolean.TRUE.equals(u.inJiangsu());
        }
    }

    /** COND-PEOPLES_HEALTH-1, III.9.3(2): 活动地域范围为省内。 */
    public static final class ElderlyActivitiesInJiangsu extends GuideRule {
        public ElderlyActivitiesInJiangsu() {
            super("COND-PEOPLES_HEALTH-1", "III.9.3(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("活动地域范围为省内",
                    "The elderly health activities must take place in Jiangsu.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            return Boolean.TRUE.equals(c.application().activitiesInJiangsu());
        }
    }

    /** COND-DEVELOPMENT_SUPPORT-1, III.10.2(5): 申报学会秘书处须有职业化工作人员。 */
    public static final class ProfessionalSecretariat extends GuideRule {
        public ProfessionalSecretariat() {
            super("COND-DEVELOPMENT_SUPPORT-1", "III.10.2(5)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报学会秘书处须有职业化工作人员",
                    "The society's secretariat must have professional staff.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            return Boolean.TRUE.equals(c.society().professionalSecretariatStaff());
        }
    }
}
