package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;

/**
 * The set of applications that compete for one quota (项目数量上限): a whole category whose
 * sub-projects share it, or a single sub-project that holds its own.
 *
 * @param key            the category code, or the sub-project code for a per-sub-project quota
 * @param subProjectCode null when the group is the whole category
 */
public record QuotaGroup(String key, String categoryCode, String subProjectCode, LocalizedText name, int quota) {
    public QuotaGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(name, "name");
        if (quota < 0) {
            throw new IllegalArgumentException("quota must not be negative: " + quota);
        }
    }
}
