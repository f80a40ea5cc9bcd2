package cn.jast.plan.domain.plan;

/**
 * What a failed mid-term evaluation (中期评估, IV.2) entails; the guide names the stage and leaves the
 * consequence open, so the plan year chooses.
 */
public enum MidTermPolicy {
    /** The society files a rectification report (整改报告) before its final report is accepted. */
    RECTIFY,
    /** The project stops: it is terminated and gets no funding. */
    STOP
}
