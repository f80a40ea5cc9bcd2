package cn.jast.plan.domain.society;

/** The kinds of organisation that receive the plan's notice (API codes). */
public enum SocietyType {
    /** 省级学会（协会、研究会、促进会） — the only kind eligible in 2021 (ELIG-1). */
    PROVINCIAL_SOCIETY,
    /** 高校科协 */
    UNIVERSITY_ASSOCIATION,
    /** 设区市科协 */
    CITY_ASSOCIATION
}
