package cn.jast.plan.domain.society;

/** Misconduct in an earlier plan project (ELIG-3, II.2.3). */
public enum IncidentKind {
    /** 弄虚作假 */
    FRAUD,
    /** 违规使用项目资金 */
    FUND_MISUSE,
    /** 其他不良行为 */
    OTHER
}
