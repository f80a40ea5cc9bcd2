package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.support.Json;
import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A JSON value of a plan-year file with where it is (file, line, column, path), read strictly: every reader of
 * the file ({@link PlanYearReader}, {@link FormReader}) asks it for the shape it expects, and a value of another
 * shape, an unknown or missing member, a blank string or a number out of range is a {@link PlanFileException}
 * naming line, column and field.
 */
final class PlanFileNode {
    private final String source;
    private final Json.Value value;
    private final String path;

    PlanFileNode(String source, Json.Value value, String path) {
        this.source = source;
        this.value = value;
        this.path = path;
    }

    Json.Value value() {
        return value;
    }

    String path() {
        return path;
    }

    PlanFileException error(String problem) {
        return new PlanFileException(source, value.line(), value.column(), path, problem);
    }

    /** Builds a value of the domain from what was read; what its constructor refuses is an error at this node. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(e.getMessage());
        }
    }

    Members object(Set<String> required, Set<String> optional) {
        if (!(value instanceof Json.Obj obj)) {
            throw error("an object was expected, not " + value.kind());
        }
        for (String name : required) {
            if (!obj.members().containsKey(name)) {
                throw error("the member \"" + name + "\" is missing");
            }
        }
        for (Map.Entry<String, Json.Value> e : obj.members().entrySet()) {
            if (!required.contains(e.getKey()) && !optional.contains(e.getKey())) {
                throw new PlanFileNode(source, e.getValue(), child(e.getKey()))
                        .error("unknown member \"" + e.getKey() + "\"");
            }
        }
        return new Members(this, obj);
    }

    List<PlanFileNode> items() {
        if (!(value instanceof Json.Arr arr)) {
            throw error("an array was expected, not " + value.kind());
        }
        List<PlanFileNode> nodes = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            nodes.add(new PlanFileNode(source, arr.items().get(i), path + "[" + i + "]"));
        }
        return nodes;
    }

    String string() {
        if (!(value instanceof Json.Str s)) {
            throw error("a string was expected, not " + value.kind());
        }
        if (s.value().isBlank()) {
            throw error("must not be blank");
        }
        return s.value();
    }

    String matching(Pattern pattern, String rule) {
        String s = string();
        if (!pattern.matcher(s).matches()) {
            throw error(rule + ", not " + s);
        }
        return s;
    }

    /** A code of the file ({@code pattern}) not given before in it ({@code seen}, to which it is added). */
    String code(Pattern pattern, Set<String> seen) {
        String code = matching(pattern, "a code is upper-case letters, digits and '_', starting with a letter");
        if (!seen.add(code)) {
            throw error("code " + code + " is given twice");
        }
        return code;
    }

    boolean bool() {
        if (!(value instanceof Json.Bool b)) {
            throw error("true or false was expected, not " + value.kind());
        }
        return b.value();
    }

    int integer(int min, int max) {
        if (!(value instanceof Json.Num n)) {
            throw error("a whole number was expected, not " + value.kind());
        }
        int v;
        try {
            v = new BigDecimal(n.text()).intValueExact();
        } catch (ArithmeticException e) {
            throw error("a whole number was expected, not " + n.text());
        }
        if (v < min || v > max) {
            throw error("must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    BigDecimal decimal() {
        if (!(value instanceof Json.Num n)) {
            throw error("a number was expected, not " + value.kind());
        }
        return new BigDecimal(n.text());
    }

    LocalDate date() {
        return parsed(LocalDate::parse, "a date like 2021-05-28");
    }

    LocalDateTime dateTime() {
        return parsed(LocalDateTime::parse, "a local date and time like 2021-05-28T17:00");
    }

    ZoneId zone() {
        return parsed(ZoneId::of, "a time zone like Asia/Shanghai");
    }

    private <T> T parsed(Function<String, T> parse, String expected) {
        String text = string();
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            throw error(expected + " was expected, not " + text);
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = string();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error("unknown value " + text + "; one of " + Arrays.toString(type.getEnumConstants())
                    + " was expected");
        }
    }

    LocalizedText text() {
        Members m = object(Set.of("zh", "en"), Set.of());
        return new LocalizedText(m.get("zh").string(), m.get("en").string());
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The members of an object node. */
    static final class Members {
        private final PlanFileNode owner;
        private final Json.Obj obj;

        private Members(PlanFileNode owner, Json.Obj obj) {
            this.owner = owner;
            this.obj = obj;
        }

        /** Given, and not null. */
        boolean has(String name) {
            Json.Value v = obj.members().get(name);
            return v != null && !(v instanceof Json.Null);
        }

        PlanFileNode get(String name) {
            Json.Value v = obj.members().get(name);
            if (v == null) {
                throw owner.error("the member \"" + name + "\" is missing");
            }
            return new PlanFileNode(owner.source, v, owner.child(name));
        }
    }
}
