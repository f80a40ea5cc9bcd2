package cn.jast.plan.domain.content;

/** A society's role in an academic event (III.3.2(7)). */
public enum HostRole {
    /** 主办 */
    HOST,
    /** 联合主办 */
    CO_HOST,
    /** 承办 */
    ORGANISER,
    /** 联合承办 */
    CO_ORGANISER
}
