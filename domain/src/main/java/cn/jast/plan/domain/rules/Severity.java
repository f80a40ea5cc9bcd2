package cn.jast.plan.domain.rules;

/** A broken rule either refuses the application or only warns (COND-ACADEMIC_EXCHANGE-4, "一般"). */
public enum Severity {
    VIOLATION,
    WARNING
}
