package cn.jast.plan.web.check.rest;

import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.Violation;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The answer of the rule check (API.md): {@code admissible} exactly when there is no violation;
 * warnings never block.
 */
@JsonbPropertyOrder({"admissible", "violations", "warnings"})
public record CheckAnswer(boolean admissible, List<RuleBreach> violations, List<RuleBreach> warnings) {

    public static CheckAnswer of(Evaluation e) {
        return new CheckAnswer(e.admissible(), e.violations().stream().map(RuleBreach::of).toList(),
                e.warnings().stream().map(RuleBreach::of).toList());
    }

    /** One broken rule: identifier and clause of GUIDE-2021.md, and the message in Chinese and English. */
    @JsonbPropertyOrder({"rule", "clause", "message"})
    public record RuleBreach(String rule, String clause, Text message) {
        public static RuleBreach of(Violation v) {
            return new RuleBreach(v.rule(), v.clause(), new Text(v.message().zh(), v.message().en()));
        }
    }

    /** A message in Chinese (the guide's words) and English. */
    @JsonbPropertyOrder({"zh", "en"})
    public record Text(String zh, String en) {
    }
}
