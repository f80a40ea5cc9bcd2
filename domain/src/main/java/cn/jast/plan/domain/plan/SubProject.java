package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sub-project of a category (子项目), e.g. 品牌学术交流 of 学术交流建设.
 *
 * @param quota           its own quota when the quota is per sub-project (科普服务建设, 精品期刊建设), otherwise null
 * @param eventHostRoles  for academic events: the roles in which a society may declare the event (COND-ACADEMIC_EXCHANGE-1)
 * @param conditions      identifiers of the condition rules that apply to this sub-project only
 */
public record SubProject(String code, String categoryCode, LocalizedText name, Integer quota,
                         Set<HostRole> eventHostRoles, List<String> conditions) {
    public SubProject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(name, "name");
        eventHostRoles = Set.copyOf(eventHostRoles);
        conditions = List.copyOf(conditions);
        if (quota != null && quota < 0) {
            throw new IllegalArgumentException("quota of " + code + " must not be negative: " + quota);
        }
    }
}
