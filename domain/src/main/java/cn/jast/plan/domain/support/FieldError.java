package cn.jast.plan.domain.support;

import java.util.Objects;

/** One bad field of an input: its path (e.g. {@code application.event.startDate}) and what is wrong. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
