package cn.jast.plan.domain.society;

import java.util.Objects;

/** A society's code, e.g. {@code S-0001}. */
public record SocietyId(String value) {
    public SocietyId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a society code must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
