package cn.jast.plan.domain.plan;

/** The guide's two families of categories (II.1): seven "建设" and three "专项". */
public enum CategoryKind {
    /** 建设 */
    BUILDING,
    /** 专项 */
    SPECIAL
}
