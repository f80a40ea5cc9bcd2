package cn.jast.plan.web.application.print;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import cn.jast.plan.web.application.print.PrintedApplication.Entry;
import cn.jast.plan.web.application.print.PrintedApplication.Field;
import cn.jast.plan.web.application.print.PrintedApplication.Section;
import cn.jast.plan.web.application.print.PrintedApplication.Table;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * The application's content as sections of labelled values and tables, read generically from its
 * canonical JSON (the API.md {@code application} shape, in the order {@code ApplicationJson.canonical}
 * writes it): the top-level values form 基本信息, each nested object its own section, an array of objects
 * a table, an array of codes one value. Labels and the words for codes come from
 * {@code ContentLabels.properties}; a field without a label prints under its JSON name, so that nothing
 * the application holds is left off the paper. Category and sub-project are in the title block, not here.
 */
final class ContentSections {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final ResourceBundle LABELS = ResourceBundle.getBundle(
            "cn.jast.plan.web.application.print.ContentLabels", Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(
            "cn.jast.plan.web.application.print.Print", Locale.SIMPLIFIED_CHINESE);
    private static final Set<String> IN_TITLE_BLOCK = Set.of("category", "subProject");

    private ContentSections() {
    }

    static List<Section> of(String canonicalJson) {
        JsonObject content;
        try (JsonReader reader = JSON.createReader(new StringReader(canonicalJson))) {
            content = reader.readObject();
        }
        List<Entry> basic = new ArrayList<>();
        Map<String, List<Entry>> nested = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : content.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            if (IN_TITLE_BLOCK.contains(name) || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value instanceof JsonObject object) {
                List<Entry> entries = new ArrayList<>();
                for (Map.Entry<String, JsonValue> inner : object.entrySet()) {
                    entries.add(entry(name + "." + inner.getKey(), inner.getValue()));
                }
                nested.put(name, entries);
            } else {
                basic.add(entry(name, value));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(label("section.basic", "basic"), basic));
        nested.forEach((name, entries) -> sections.add(new Section(label("section." + name, name), entries)));
        return sections;
    }

    private static Entry entry(String path, JsonValue value) {
        if (value instanceof JsonArray array && !array.isEmpty()
                && array.stream().allMatch(v -> v instanceof JsonObject)) {
            return table(path, array);
        }
        return new Field(label("field." + path, path), text(path, value));
    }

    private static Table table(String path, JsonArray rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.asJsonObject().keySet()));
        List<List<String>> cells = new ArrayList<>();
        for (JsonValue r : rows) {
            JsonObject row = r.asJsonObject();
            cells.add(columns.stream().map(c -> row.containsKey(c) ? text(path + "." + c, row.get(c)) : "").toList());
        }
        return new Table(label("field." + path, path),
                columns.stream().map(c -> label("field." + path + "." + c, c)).toList(), cells);
    }

    /** A value as words: 是/否, a date as 2021年10月15日, a code by its label, a list joined by 、. */
    private static String text(String path, JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "";
            case TRUE -> TEXT.getString("yes");
            case FALSE -> TEXT.getString("no");
            case NUMBER -> ((JsonNumber) value).toString();
            case STRING -> word(path, ((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().isEmpty() ? TEXT.getString("none") : String.join("、", value.asJsonArray().stream().map(v -> text(path, v)).toList());
            case OBJECT -> String.join("；", value.asJsonObject().entrySet().stream()
                    .map(e -> label("field." + path + "." + e.getKey(), e.getKey()) + "：" + text(path + "." + e.getKey(),
                            e.getValue())).toList());
        };
    }

    private static String word(String path, String s) {
        if (s.matches("[A-Z][A-Z0-9_]*") && LABELS.containsKey("value." + path + "." + s)) {
            return LABELS.getString("value." + path + "." + s);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DateTimeFormatter.ofPattern(TEXT.getString("date.pattern"), Locale.SIMPLIFIED_CHINESE)
                        .format(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        return s;
    }

    private static String label(String key, String fallback) {
        try {
            return LABELS.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
