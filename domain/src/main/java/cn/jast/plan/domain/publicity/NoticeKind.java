package cn.jast.plan.domain.publicity;

/** What a public notice announces (IV.2: 项目立项和考核结果及时公示). */
public enum NoticeKind {
    APPROVAL_LIST,
    /** an application recommended from the reserve list after a place fell vacant: a notice of its own */
    SUPPLEMENTARY_APPROVAL_LIST,
    ASSESSMENT_RESULTS
}
