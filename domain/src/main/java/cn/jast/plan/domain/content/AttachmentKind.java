package cn.jast.plan.domain.content;

/** Kinds of document attached to an application (API codes); several conditions ask for one. */
public enum AttachmentKind {
    /** 委托协议 — COND-SERVICE_PLATFORM-1 */
    ENTRUSTMENT_AGREEMENT,
    /** 承接项目协议 — COND-SERVICE_PLATFORM-2 */
    UNDERTAKING_AGREEMENT,
    /** 原有项目合同 — COND-ECONOMY_INTEGRATION-1 */
    ORIGINAL_CONTRACT,
    /** 已取得的成效 — COND-ECONOMY_INTEGRATION-1 */
    RESULTS_ACHIEVED,
    /** 持续开展服务相关佐证 — COND-ECONOMY_INTEGRATION-1 */
    SERVICE_EVIDENCE,
    /** 服务团队名单 — COND-ECONOMY_INTEGRATION-1 */
    TEAM_LIST,
    /** 被服务单位对学会服务的反馈 — COND-ECONOMY_INTEGRATION-1 */
    SERVED_UNIT_FEEDBACK,
    /** 3 年期刊建设的发展规划 — COND-QUALITY_JOURNAL-2 */
    DEVELOPMENT_PLAN_3Y,
    /** 工作计划 */
    WORK_PLAN
}
