package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;

/**
 * A rule that an application breaks: the rule's identifier and clause of GUIDE-2021.md, and a
 * message whose Chinese quotes the guide.
 */
public record Violation(String rule, String clause, Severity severity, LocalizedText message) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
