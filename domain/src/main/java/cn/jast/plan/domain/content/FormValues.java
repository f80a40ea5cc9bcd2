package cn.jast.plan.domain.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a society has written into the sections of its form, section code to field code to value,
 * as JSON gives it: a value is a {@link String}, a {@link BigDecimal}, a {@link Boolean}, a
 * {@link List} of values or a {@link Map} from names to values (a table row, a date range). Nothing
 * is null; what is not given is absent. Members are kept sorted, so equal values are equal and
 * write the same canonical JSON. Whether the values fit the form is {@link cn.jast.plan.domain.form.FormDefinition#validate}'s
 * business: stored content is read back without its plan year.
 */
public final class FormValues {
    private static final FormValues EMPTY = new FormValues(Map.of());
    private final SortedMap<String, SortedMap<String, Object>> sections;

    private FormValues(Map<String, ? extends Map<String, ?>> sections) {
        SortedMap<String, SortedMap<String, Object>> copy = new TreeMap<>();
        for (Map.Entry<String, ? extends Map<String, ?>> s : sections.entrySet()) {
            SortedMap<String, Object> fields = new TreeMap<>();
            for (Map.Entry<String, ?> f : s.getValue().entrySet()) {
                Object v = freeze(f.getValue());
                if (v != null) {
                    fields.put(Objects.requireNonNull(f.getKey(), "field code"), v);
                }
            }
            if (!fields.isEmpty()) {
                copy.put(Objects.requireNonNull(s.getKey(), "section code"), Collections.unmodifiableSortedMap(fields));
            }
        }
        this.sections = Collections.unmodifiableSortedMap(copy);
    }

    public static FormValues empty() {
        return EMPTY;
    }

    /** Section code to field code to value; nulls are dropped, an empty section is left out. */
    public static FormValues of(Map<String, ? extends Map<String, ?>> sections) {
        return sections.isEmpty() ? EMPTY : new FormValues(sections);
    }

    public SortedMap<String, SortedMap<String, Object>> sections() {
        return sections;
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** The value of a field, or null when not given. */
    public Object value(String section, String field) {
        Map<String, Object> s = sections.get(section);
        return s == null ? null : s.get(field);
    }

    /** A copy with one field set (null removes it). */
    public FormValues with(String section, String field, Object value) {
        SortedMap<String, SortedMap<String, Object>> copy = new TreeMap<>();
        sections.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        SortedMap<String, Object> s = copy.computeIfAbsent(section, k -> new TreeMap<>());
        if (value == null) {
            s.remove(field);
        } else {
            s.put(field, value);
        }
        return new FormValues(copy);
    }

    private static Object freeze(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            return normal(d);
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                Object f = freeze(item);
                if (f != null) {
                    items.add(f);
                }
            }
            return Collections.unmodifiableList(items);
        }
        if (v instanceof Map<?, ?> map) {
            SortedMap<String, Object> members = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object f = freeze(e.getValue());
                if (f != null) {
                    members.put((String) Objects.requireNonNull(e.getKey(), "member name"), f);
                }
            }
            return Collections.unmodifiableSortedMap(members);
        }
        throw new IllegalArgumentException("a form value is text, a number, true or false, a list or an object, not "
                + v.getClass().getSimpleName());
    }

    /** One number, one form: 100.50 and 100.5 are the same amount and write the same text. */
    private static BigDecimal normal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormValues other && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        return "FormValues" + sections;
    }
}
