package cn.jast.plan.domain.form;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;

/** One entry of a choice list: a code (what is stored) and its label. */
public record Choice(String code, LocalizedText label) {
    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
