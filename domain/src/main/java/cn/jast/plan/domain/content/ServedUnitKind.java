package cn.jast.plan.domain.content;

/** Grassroots units a B-class platform may be based at (III.8.2(2): 企业、园区、医院、农村合作社等基层被服务单位). */
public enum ServedUnitKind {
    ENTERPRISE,
    PARK,
    HOSPITAL,
    RURAL_COOPERATIVE,
    OTHER_GRASSROOTS
}
