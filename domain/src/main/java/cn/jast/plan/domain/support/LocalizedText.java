package cn.jast.plan.domain.support;

import java.util.Objects;

/** A text in Chinese (the authority, as the guide is) and in English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }
}
