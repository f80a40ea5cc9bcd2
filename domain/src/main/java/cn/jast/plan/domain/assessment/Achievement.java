package cn.jast.plan.domain.assessment;

/** What a project shows at its final assessment, each with its evidence (佐证) attached. */
public enum Achievement {
    /** 有成果获得党政部门领导批示 (III.2.1(2)) */
    LEADER_ENDORSEMENT,
    /** 相关工作得到相应全国学会或省委省政府及相关部门肯定 (III.1.2(5)) */
    NATIONAL_OR_PROVINCIAL_RECOGNITION,
    /** 队伍成员参与科普相关活动 (III.4.2(1)) */
    TEAM_PARTICIPATION,
    /** 提供可供使用的资源成品 (III.4.2(2)) */
    RESOURCE_FINISHED,
    /** 完成标准制定并发布 (III.5.1) */
    STANDARD_PUBLISHED,
    /** 本年度开展并完成评奖工作 (III.5.4) */
    AWARD_ROUND_COMPLETED,
    /** 成果被采纳应用、得到党政领导批示，或获得有关奖项 (III.5.5, III.9.1) */
    RESULTS_ADOPTED
}
