package cn.jast.plan.domain.application;

/** Where an application stands in its lifecycle (申报立项 → 中期评估 → 验收考核, IV.2). */
public enum ApplicationState {
    DRAFT,
    /** submitted electronically inside the window (V.2) */
    SUBMITTED,
    /** the stamped paper copy has arrived and matches the electronic fingerprint (V.1, V.2) */
    PAPER_COPY_RECORDED,
    /** no matching paper copy by the paper deadline: does not go to review (GUIDE-2021.md, V.2 interpretation) */
    LAPSED,
    UNDER_REVIEW,
    RECOMMENDED,
    NOT_RECOMMENDED,
    /** on the approval list during its public notice (公示, IV.2) */
    IN_PUBLICITY,
    /** 立项 */
    APPROVED,
    /** refused: taken off the list after an upheld objection, or found also applied for under 科创江苏 (LIMIT-5) */
    REJECTED,
    /** 中期评估 done */
    MIDTERM_EVALUATED,
    /** 中期评估 failed: a rectification report (整改报告) is due before the final report is accepted */
    RECTIFICATION_REQUIRED,
    /** stopped: by a failed mid-term evaluation where the plan year says so, or after routine supervision (日常督查) found fraud or misuse of funds; no funding */
    TERMINATED,
    /** 总结报告 filed for the final assessment */
    FINAL_REPORT_FILED,
    /** 验收考核 passed */
    PASSED,
    /** 验收考核 failed */
    FAILED,
    /** passed, and funded in the following year (II.1) */
    FUNDED,
    /** passed in a category that gets no money (II.1: 一流学会, 特色学会) */
    COMPLETED_WITHOUT_FUNDING,
    /** failed: funding cancelled (IV.2) */
    FUNDING_CANCELLED,
    WITHDRAWN;

    /** True while the application counts against the LIMIT rules (submitted and not withdrawn or lapsed). */
    public boolean countsAgainstLimits() {
        return this != DRAFT && this != WITHDRAWN && this != LAPSED;
    }

    /**
     * True once the application was approved (IV.2, 立项): a project that has reports, assessments and a
     * ring-fenced ledger (IV.3), whatever became of it since (passed, failed, funded, terminated).
     */
    public boolean isProject() {
        return switch (this) {
            case APPROVED, MIDTERM_EVALUATED, RECTIFICATION_REQUIRED, FINAL_REPORT_FILED, PASSED, FAILED, FUNDED,
                 COMPLETED_WITHOUT_FUNDING, FUNDING_CANCELLED, TERMINATED -> true;
            default -> false;
        };
    }
}
