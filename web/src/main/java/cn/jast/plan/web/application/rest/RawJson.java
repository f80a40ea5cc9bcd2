package cn.jast.plan.web.application.rest;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** Canonical JSON text of the domain (ApplicationJson, SocietyJson), embedded as it is in an answer. */
public final class RawJson {
    private RawJson() {
    }

    public static JsonValue of(String canonical) {
        if (canonical == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(canonical))) {
            return reader.readValue();
        }
    }
}
