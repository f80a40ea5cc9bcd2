package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.domain.support.Json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads members of JSON objects by path and collects every problem instead of stopping at the
 * first. A member that is absent or {@code null} reads as null ("not given", API.md).
 */
final class JsonFields {
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Reads a whole document: text that is not JSON is one error of the body; the reader records
     * every bad field, and any of them makes the input invalid.
     */
    static <T> T document(String json, java.util.function.BiFunction<JsonFields, Json.Value, T> reader) {
        Json.Value root;
        try {
            root = Json.parse(json);
        } catch (Json.SyntaxException e) {
            throw new InvalidInputException("", "not valid JSON: " + e.getMessage());
        }
        JsonFields in = new JsonFields();
        T value = reader.apply(in, root);
        if (!in.errors().isEmpty()) {
            throw new InvalidInputException(in.errors());
        }
        return value;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The member's value, or null when it is absent or JSON null. */
    static Json.Value member(Json.Obj obj, String name) {
        if (obj == null) {
            return null;
        }
        Json.Value v = obj.members().get(name);
        return v instanceof Json.Null ? null : v;
    }

    Json.Obj object(Json.Value v, String path) {
        if (v == null || v instanceof Json.Null) {
            return null;
        }
        if (v instanceof Json.Obj o) {
            return o;
        }
        error(path, "must be an object, not " + v.kind());
        return null;
    }

    Json.Obj object(Json.Obj parent, String name, String parentPath) {
        return object(member(parent, name), path(parentPath, name));
    }

    /** The array's items, or null when absent; an item that is JSON null is kept as null. */
    List<Json.Value> array(Json.Obj parent, String name, String parentPath) {
        Json.Value v = member(parent, name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Arr a) {
            return a.items();
        }
        error(path(parentPath, name), "must be an array, not " + v.kind());
        return null;
    }

    String string(Json.Obj parent, String name, String parentPath) {
        Json.Value v = member(parent, name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Str s) {
            return s.value();
        }
        error(path(parentPath, name), "must be a string, not " + v.kind());
        return null;
    }

    Boolean bool(Json.Obj parent, String name, String parentPath) {
        Json.Value v = member(parent, name);
        if (v == null) {
            return null;
        }
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        error(path(parentPath, name), "must be true or false, not " + v.kind());
        return null;
    }

    /** A whole number from 0 up; negative numbers, fractions and numbers too large are errors. */
    Integer count(Json.Obj parent, String name, String parentPath) {
        Json.Value v = member(parent, name);
        if (v == null) {
            return null;
        }
        String p = path(parentPath, name);
        if (!(v instanceof Json.Num n)) {
            error(p, "must be a whole number, not " + v.kind());
            return null;
        }
        int value;
        try {
            value = new BigDecimal(n.text()).intValueExact();
        } catch (ArithmeticException e) {
            error(p, "must be a whole number that fits 32 bits, not " + n.text());
            return null;
        }
        if (value < 0) {
            error(p, "must not be negative, was " + value);
            return null;
        }
        return value;
    }

    LocalDate date(Json.Obj parent, String name, String parentPath) {
        String text = string(parent, name, parentPath);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            error(path(parentPath, name), "must be a date like 2021-10-15, not \"" + text + "\"");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(Json.Obj parent, String name, String parentPath, Class<E> type) {
        String text = string(parent, name, parentPath);
        if (text == null) {
            return null;
        }
        return enumValue(text, path(parentPath, name), type);
    }

    <E extends Enum<E>> E enumValue(String text, String path, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(path, "unknown code \"" + text + "\"; one of " + Arrays.toString(type.getEnumConstants())
                    + " is expected");
            return null;
        }
    }
}
