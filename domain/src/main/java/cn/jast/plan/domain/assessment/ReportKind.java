package cn.jast.plan.domain.assessment;

/** Reports a society files during a project. */
public enum ReportKind {
    /** 中期评估 material */
    MID_TERM,
    /** 总结报告 for the final assessment (IV.2) */
    FINAL_SUMMARY,
    /** 项目评述报告 within a month after an academic event (III.3.2(8)) */
    EVENT_REVIEW,
    /** 整改报告 after a failed mid-term evaluation, before the final report (IV.2, the plan year's mid-term policy) */
    RECTIFICATION
}
