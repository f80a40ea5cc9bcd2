package cn.jast.plan.web.application.rest;

import cn.jast.plan.web.refusal.Failures;

/** The version a caller read, from {@code If-Match} ("3", W/"3") or a {@code version} query parameter. */
public final class Versions {
    private Versions() {
    }

    public static Long expected(String ifMatch, Long version) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw Failures.invalid("If-Match", "must be the version read (the ETag), e.g. \"3\"");
            }
        }
        if (version != null && version < 0) {
            throw Failures.invalid("version", "must not be negative");
        }
        return version;
    }
}
