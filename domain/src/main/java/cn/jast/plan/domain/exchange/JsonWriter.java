package cn.jast.plan.domain.exchange;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes compact JSON with members in the order they are written and nulls left out: the
 * canonical form, so that equal content gives equal text. The one JSON writer of the application
 * (canonical content, audit snapshots).
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder(256);
    private boolean first = true;

    public JsonWriter beginObject() {
        separate();
        out.append('{');
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        first = false;
        return this;
    }

    private JsonWriter beginArray() {
        separate();
        out.append('[');
        first = true;
        return this;
    }

    private JsonWriter endArray() {
        out.append(']');
        first = false;
        return this;
    }

    private void separate() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(':');
        first = true;
        return this;
    }

    public JsonWriter field(String name, String value) {
        if (value != null) {
            name(name);
            separate();
            quote(value);
        }
        return this;
    }

    public JsonWriter field(String name, Boolean value) {
        if (value != null) {
            name(name);
            separate();
            out.append(value.booleanValue());
        }
        return this;
    }

    public JsonWriter field(String name, Number value) {
        if (value != null) {
            name(name);
            separate();
            out.append(value);
        }
        return this;
    }

    public JsonWriter field(String name, Enum<?> value) {
        return field(name, value == null ? null : value.name());
    }

    public JsonWriter field(String name, Object value) {
        return field(name, value == null ? null : value.toString());
    }

    /** A member whose value is JSON text already (e.g. a canonical form); left out when it is null. */
    public JsonWriter raw(String name, String json) {
        if (json != null) {
            name(name);
            separate();
            out.append(json);
        }
        return this;
    }

    /** An object member written by {@code body}; left out when {@code value} is null. */
    public <T> JsonWriter object(String name, T value, java.util.function.BiConsumer<JsonWriter, T> body) {
        if (value != null) {
            name(name);
            beginObject();
            body.accept(this, value);
            endObject();
        }
        return this;
    }

    /** An array of objects; left out when the list is null. */
    public <T> JsonWriter objects(String name, List<T> values, java.util.function.BiConsumer<JsonWriter, T> body) {
        if (values != null) {
            name(name);
            beginArray();
            for (T v : values) {
                beginObject();
                body.accept(this, v);
                endObject();
            }
            endArray();
        }
        return this;
    }

    /** An array of strings; left out when the list is null. */
    public JsonWriter strings(String name, List<String> values) {
        if (values != null) {
            name(name);
            beginArray();
            for (String v : values) {
                separate();
                quote(v);
            }
            endArray();
        }
        return this;
    }

    /**
     * A value tree (text, number, boolean, list, map from names to values, as
     * {@link cn.jast.plan.domain.content.FormValues} holds them); left out when null. Maps are written in
     * their own order (FormValues keeps them sorted), numbers in plain notation.
     */
    public JsonWriter tree(String name, Object value) {
        if (value != null) {
            name(name);
            treeValue(value);
        }
        return this;
    }

    private void treeValue(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            beginObject();
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                tree((String) e.getKey(), e.getValue());
            }
            endObject();
        } else if (value instanceof List<?> list) {
            beginArray();
            for (Object item : list) {
                if (item != null) {
                    treeValue(item);
                }
            }
            endArray();
        } else {
            separate();
            if (value instanceof String s) {
                quote(s);
            } else if (value instanceof java.math.BigDecimal d) {
                out.append(d.toPlainString());
            } else if (value instanceof Boolean b) {
                out.append(b.booleanValue());
            } else {
                throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
            }
        }
    }

    public static String write(Consumer<JsonWriter> body) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        body.accept(w);
        w.endObject();
        return w.out.toString();
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
