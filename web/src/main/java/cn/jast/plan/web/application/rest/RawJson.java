package cn.jast.plan.web.application.rest;

import java.io.StringReader;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/** Canonical JSON text of the domain (ApplicationJson, SocietyJson), embedded as it is in an answer. */
public final class RawJson {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RawJson() {
    }

    public static JsonValue of(String canonical) {
        if (canonical == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(canonical))) {
            return reader.readValue();
        }
    }
}
