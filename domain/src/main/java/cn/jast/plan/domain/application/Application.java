package cn.jast.plan.domain.application;

import cn.jast.plan.domain.calendar.PublicityPeriod;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.MidTermPolicy;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.support.LocalizedText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.jast.plan.domain.content.ApplicationContent;
import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * A society's application (申报书) and its way through the plan: drafted, submitted electronically
 * inside the window, matched by its stamped paper copy, reviewed, recommended, publicly noticed,
 * approved (立项), evaluated mid-term, assessed at the end, and funded the next year or not.
 *
 * <p>Every step is an intention-named method guarded by the state it may start from; a step that
 * is not allowed throws {@link TransitionRefused} with the reason and changes nothing. The rules
 * of the guide that depend on other applications are evaluated by the caller (who can see them)
 * and handed in as an {@link Evaluation}.
 */
public class Application {
    private String id;
    private String societyCode;
    private int planYear;
    private ApplicationContent content;
    /** Kept beside the content so that stores can query by them; always equal to the content's. */
    private String category;
    private String subProject;
    private ApplicationState state;
    private String fingerprint;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant paperCopyReceivedAt;
    private Instant decidedAt;
    private Instant closedAt;
    private long version;

    /** For the persistence mapper only. */
    protected Application() {
    }

    private Application(ApplicationId id, SocietyId society, int planYear, ApplicationContent content, Instant at) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.societyCode = Objects.requireNonNull(society, "society").value();
        this.planYear = planYear;
        setContent(content);
        this.state = DRAFT;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** A new draft; the plan year must know its category and sub-project. */
    public static Application draft(ApplicationId id, SocietyId society, PlanYear plan, ApplicationContent content,
                                    Instant at) {
        requireKnownProject(plan, content);
        return new Application(id, society, plan.year(), content, at);
    }

    private static void requireKnownProject(PlanYear plan, ApplicationContent content) {
        Category c = plan.category(content.category()).orElseThrow(() -> new IllegalArgumentException(
                "category " + content.category() + " is not one of plan year " + plan.year()));
        if (content.subProject() != null && c.subProject(content.subProject()).isEmpty()) {
            throw new IllegalArgumentException("sub-project " + content.subProject() + " is not one of " + c.code());
        }
    }

    private void setContent(ApplicationContent content) {
        this.content = Objects.requireNonNull(content, "content");
        this.category = content.category();
        this.subProject = content.subProject();
    }

    public ApplicationId id() {
        return new ApplicationId(id);
    }

    public SocietyId society() {
        return new SocietyId(societyCode);
    }

    public int planYear() {
        return planYear;
    }

    public ApplicationContent content() {
        return content;
    }

    public String category() {
        return category;
    }

    public String subProject() {
        return subProject;
    }

    public ApplicationState state() {
        return state;
    }

    /** The fingerprint fixed at submission; null before. */
    public Fingerprint fingerprint() {
        return fingerprint == null ? null : new Fingerprint(fingerprint);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant paperCopyReceivedAt() {
        return paperCopyReceivedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    /** Replaces the content of a draft. */
    public void revise(PlanYear plan, ApplicationContent newContent) {
        requireState("revise", DRAFT);
        requireKnownProject(plan, newContent);
        if (!newContent.category().equals(category)) {
            // A different category is a different application: the limits were counted on this one.
            throw refused("修改草稿不能改变项目类别，请另建申报书", "A draft cannot change its category; create another application.");
        }
        setContent(newContent);
    }

    /**
     * Electronic submission (V.1, V.2). The caller has evaluated every rule of submission, the
     * LIMIT rules against the society's other live applications, at this instant; an evaluation
     * with violations refuses the submission and lists them.
     */
    public void submit(Instant at, Evaluation evaluation) {
        submit(at, evaluation, List.of());
    }

    /**
     * Electronic submission of an application whose form the caller has checked for completeness
     * ({@link cn.jast.plan.domain.form.FormDefinition#missing}): a required field left empty refuses the
     * submission as a broken rule does, and the refusal lists both.
     */
    public void submit(Instant at, Evaluation evaluation, List<MissingField> missing) {
        requireState("submit", DRAFT);
        Objects.requireNonNull(at, "at");
        if (!evaluation.admissible() || !missing.isEmpty()) {
            LocalizedText reason = missing.isEmpty()
                    ? LocalizedText.of("申报书不符合项目指南的规定，未能提交",
                            "The application breaks rules of the guide and was not submitted.")
                    : LocalizedText.of("申报书有必填项未填写" + (evaluation.admissible() ? "" : "且不符合项目指南的规定") + "，未能提交",
                            "The application leaves required fields empty" + (evaluation.admissible() ? ""
                                    : " and breaks rules of the guide") + " and was not submitted.");
            throw new TransitionRefused(reason, evaluation.violations(), missing);
        }
        this.fingerprint = Fingerprint.of(planYear, society(), content).hex();
        this.submittedAt = at;
        this.state = SUBMITTED;
    }

    /** Withdrawal by the society, while a draft or submitted and not yet matched by its paper copy. */
    public void withdraw(Instant at) {
        requireState("withdraw", DRAFT, SUBMITTED);
        this.state = WITHDRAWN;
        this.closedAt = at;
    }

    /**
     * The stamped paper copy has arrived (V.1: "与电子版《申报书》须完全一致"; V.2: by the paper deadline).
     * It must carry the fingerprint of the electronic submission and arrive before the deadline.
     */
    public void recordPaperCopy(Fingerprint printed, Instant receivedAt, PlanYear plan) {
        requireState("record a paper copy", SUBMITTED);
        if (!plan.window().paperCopyInTime(receivedAt)) {
            throw refused("纸质版《申报书》须在 " + plan.window().paperCopyBy() + " 前提交，已逾期",
                    "The paper copy had to arrive before " + plan.window().paperCopyBy() + "; it is late.");
        }
        if (!printed.hex().equals(fingerprint)) {
            throw refused("纸质版《申报书》与电子版不一致（指纹不符）",
                    "The paper copy does not match the electronic application (fingerprints differ).");
        }
        this.paperCopyReceivedAt = receivedAt;
        this.state = PAPER_COPY_RECORDED;
    }

    /** No matching paper copy by the deadline: the application does not go to review. */
    public void lapse(Instant at, PlanYear plan) {
        requireState("lapse", SUBMITTED);
        if (plan.window().paperCopyInTime(at)) {
            throw refused("纸质版截止时间未到，不能判定逾期", "The paper deadline has not passed yet.");
        }
        this.state = LAPSED;
        this.closedAt = at;
    }

    public void startReview() {
        requireState("start review", PAPER_COPY_RECORDED);
        this.state = UNDER_REVIEW;
    }

    /** The outcome of allocation within the quota (IV.2: 评审立项). */
    public void recommend(boolean withinQuota, Instant at) {
        requireState("decide on recommendation", UNDER_REVIEW);
        this.state = withinQuota ? RECOMMENDED : NOT_RECOMMENDED;
        this.decidedAt = at;
    }

    /** Put on the public approval list (公示, IV.2). */
    public void publish() {
        requireState("publish", RECOMMENDED);
        this.state = IN_PUBLICITY;
    }

    /** Approval (立项) once the public notice has run its full period without an upheld objection. */
    public void approve(PublicityPeriod notice, Instant at) {
        requireState("approve", IN_PUBLICITY);
        if (!notice.isOverAt(at)) {
            throw refused("公示时间不少于" + notice.workingDays() + "个工作日，公示期至 " + notice.lastDay() + " 结束",
                    "The public notice runs for at least " + notice.workingDays() + " working days, until the end of "
                            + notice.lastDay() + ".");
        }
        this.state = APPROVED;
        this.decidedAt = at;
    }

    /** Taken off the list after an objection was upheld during the notice. */
    public void rejectOnObjection(Instant at) {
        requireState("reject", IN_PUBLICITY);
        this.state = REJECTED;
        this.closedAt = at;
    }

    /**
     * The office found the project is also applied for under the 科创江苏 action plan (LIMIT-5, II.3.5, on a
     * match of the office's cross-check): the application is refused, from submission up to its public notice.
     * An approved project is past this step (it would be stopped through supervision instead).
     */
    public void rejectAsAlsoInKechuangJiangsu(Instant at) {
        requireState("refuse as also applied for under 科创江苏", SUBMITTED, PAPER_COPY_RECORDED, UNDER_REVIEW,
                RECOMMENDED, NOT_RECOMMENDED, IN_PUBLICITY);
        this.state = REJECTED;
        this.closedAt = at;
    }

    /** Stage two of IV.2, 中期评估, passed. */
    public void recordMidTermEvaluation() {
        requireState("record the mid-term evaluation", APPROVED);
        this.state = MIDTERM_EVALUATED;
    }

    /**
     * Stage two of IV.2, 中期评估, with its effect: passed, the project goes on; failed, it owes a
     * rectification report (整改) before its final report is accepted, or stops where the plan year says so.
     */
    public void recordMidTermEvaluation(boolean passed, MidTermPolicy onFailure, Instant at) {
        requireState("record the mid-term evaluation", APPROVED);
        if (passed) {
            this.state = MIDTERM_EVALUATED;
        } else if (onFailure == MidTermPolicy.STOP) {
            this.state = TERMINATED;
            this.closedAt = at;
        } else {
            this.state = RECTIFICATION_REQUIRED;
        }
    }

    /** The rectification report (整改报告) after a failed mid-term evaluation: the final report may follow. */
    public void fileRectificationReport() {
        requireState("file the rectification report", RECTIFICATION_REQUIRED);
        this.state = MIDTERM_EVALUATED;
    }

    /**
     * The project is stopped before its end (日常督查 found fraud or misuse of funds, IV.2): it gets no money.
     */
    public void terminate(Instant at) {
        requireState("terminate the project", APPROVED, MIDTERM_EVALUATED, RECTIFICATION_REQUIRED, FINAL_REPORT_FILED);
        this.state = TERMINATED;
        this.closedAt = at;
    }

    /**
     * A place freed by a rejected, withdrawn or cancelled project goes to the next on the reserve list of
     * its quota group (候补递补): recommended, it goes to a supplementary notice.
     */
    public void recommendFromReserve(Instant at) {
        requireState("recommend from the reserve list", NOT_RECOMMENDED);
        this.state = RECOMMENDED;
        this.decidedAt = at;
    }

    /**
     * An approved project given up before it starts (mid-term not yet evaluated): its place is freed for the
     * reserve list.
     */
    public void withdrawBeforeStart(Instant at) {
        requireState("withdraw before the project starts", APPROVED);
        this.state = WITHDRAWN;
        this.closedAt = at;
    }

    /** An objection to the assessment result was upheld during its notice: the assessment is done again. */
    public void reopenFinalAssessment() {
        requireState("reopen the final assessment", PASSED, FAILED);
        this.state = FINAL_REPORT_FILED;
        this.decidedAt = null;
    }

    /** 考核须提交总结报告 (IV.2). */
    public void fileFinalReport() {
        requireState("file the final report", MIDTERM_EVALUATED);
        this.state = FINAL_REPORT_FILED;
    }

    /** The final assessment (验收考核, IV.2). */
    public void recordFinalAssessment(boolean passed, Instant at) {
        requireState("record the final assessment", FINAL_REPORT_FILED);
        this.state = passed ? PASSED : FAILED;
        this.decidedAt = at;
    }

    /**
     * The funding decision after the assessment (II.1, IV.2): a failed project loses its funding; a
     * passed one is funded the next year unless its category gets no money.
     */
    public void decideFunding(PlanYear plan, Instant at) {
        requireState("decide funding", PASSED, FAILED);
        if (state == FAILED) {
            this.state = FUNDING_CANCELLED;
        } else {
            boolean funded = plan.category(category).map(Category::fundedNextYear).orElse(false);
            this.state = funded ? FUNDED : COMPLETED_WITHOUT_FUNDING;
        }
        this.closedAt = at;
    }

    private void requireState(String step, ApplicationState... allowed) {
        Set<ApplicationState> set = EnumSet.noneOf(ApplicationState.class);
        set.addAll(java.util.List.of(allowed));
        if (!set.contains(state)) {
            throw refused("当前状态（" + state + "）下不能执行此操作：" + step,
                    "Cannot " + step + " while the application is " + state + "; allowed from " + set + ".");
        }
    }

    private static TransitionRefused refused(String zh, String en) {
        return new TransitionRefused(LocalizedText.of(zh, en));
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + societyCode + ", " + category
                + (subProject == null ? "" : "/" + subProject) + ", " + state + "]";
    }
}
