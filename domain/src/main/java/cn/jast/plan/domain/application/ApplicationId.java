package cn.jast.plan.domain.application;

import java.util.Objects;
import java.util.UUID;

/** An application's identity. */
public record ApplicationId(String value) {
    public ApplicationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an application id must not be blank");
        }
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
