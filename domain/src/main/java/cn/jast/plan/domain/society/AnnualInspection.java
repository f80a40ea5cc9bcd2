package cn.jast.plan.domain.society;

/** Outcome of the civil-affairs annual inspection (省民政厅年检) of the year before (ELIG-2). */
public enum AnnualInspection {
    PASSED,
    FAILED,
    NOT_TAKEN
}
