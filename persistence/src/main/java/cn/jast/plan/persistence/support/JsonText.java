package cn.jast.plan.persistence.support;

/** Builds small JSON objects for audit snapshots: members in the order written, nulls left out. */
public final class JsonText {
    private final StringBuilder out = new StringBuilder(128).append('{');
    private boolean first = true;

    public static JsonText object() {
        return new JsonText();
    }

    public JsonText field(String name, String value) {
        if (value != null) {
            name(name);
            quote(out, value);
        }
        return this;
    }

    public JsonText field(String name, Number value) {
        if (value != null) {
            name(name);
            out.append(value);
        }
        return this;
    }

    public JsonText field(String name, Boolean value) {
        if (value != null) {
            name(name);
            out.append(value);
        }
        return this;
    }

    public JsonText field(String name, Object value) {
        return field(name, value == null ? null : value.toString());
    }

    /** A member whose value is JSON text already (e.g. a canonical form from the domain). */
    public JsonText raw(String name, String json) {
        if (json != null) {
            name(name);
            out.append(json);
        }
        return this;
    }

    public String end() {
        return out.toString() + '}';
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(out, name);
        out.append(':');
    }

    static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
