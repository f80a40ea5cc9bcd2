package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.support.FieldError;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a draft's form values against its form: every section and field must be the form's, and
 * every value of the right type, length, choice and, in a table, every cell of its column. Facts a
 * field is bound to are checked at their own path. Nothing here asks for a value: completeness is
 * {@link FormCompleteness}'s, at submission.
 */
final class FormValidator {
    private final FormDefinition form;
    private final String root;
    private final List<FieldError> errors = new ArrayList<>();

    FormValidator(FormDefinition form, String root) {
        this.form = form;
        this.root = root;
    }

    List<FieldError> validate(ApplicationContent content) {
        for (Map.Entry<String, ? extends Map<String, Object>> s : content.form().sections().entrySet()) {
            String sectionPath = path(path(root, "form"), s.getKey());
            SectionDefinition section = form.section(s.getKey()).orElse(null);
            if (section == null) {
                error(sectionPath, "the form of " + (form.subProject() == null ? form.category() : form.subProject())
                        + " has no section \"" + s.getKey() + "\"; its sections are "
                        + form.sections().stream().map(SectionDefinition::code).toList());
                continue;
            }
            for (Map.Entry<String, Object> f : s.getValue().entrySet()) {
                String fieldPath = path(sectionPath, f.getKey());
                FieldDefinition field = section.field(f.getKey()).orElse(null);
                if (field == null) {
                    error(fieldPath, "section " + section.code() + " has no field \"" + f.getKey() + "\"; its fields are "
                            + section.fields().stream().map(FieldDefinition::code).toList());
                } else if (field.binding() == FactBinding.ATTACHMENTS) {
                    error(fieldPath, "an attachment is given by attaching a document of kind " + field.attachmentKind()
                            + " (attachments), not in the form");
                } else if (field.bound()) {
                    error(fieldPath, "this field is the fact " + field.binding().path() + " and is given there, not in the form");
                } else {
                    value(field, f.getValue(), fieldPath);
                }
            }
        }
        Set<FactBinding> bound = new HashSet<>();
        for (SectionDefinition section : form.sections()) {
            for (FieldDefinition field : section.fields()) {
                if (field.bound() && field.binding() != FactBinding.ATTACHMENTS) {
                    bound.add(field.binding());
                    Object v = field.binding().read(content);
                    if (v != null) {
                        value(field, v, path(root, field.binding().path()));
                    }
                }
            }
        }
        // A fact the form has no field for is not part of this application: it would be stored unread
        // and unchecked (a 100,000-character award name on an academic exchange).
        for (FactBinding fact : FactBinding.values()) {
            if (fact != FactBinding.ATTACHMENTS && !bound.contains(fact) && fact.read(content) != null) {
                error(path(root, fact.path()), "the form of " + (form.subProject() == null ? form.category()
                        : form.subProject()) + " has no field for this fact, so it is not given");
            }
        }
        return errors;
    }

    private void value(FieldDefinition field, Object v, String p) {
        switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> text(field, v, p);
            case INTEGER -> integer(field, v, p);
            case MONEY -> money(field, v, p);
            case DATE -> date(v, p);
            case DATE_RANGE -> dateRange(v, p);
            case SINGLE_CHOICE -> {
                if (v instanceof String code) {
                    choice(field, code, p);
                } else {
                    error(p, "must be one code of the list " + field.choices().code() + ", not " + kind(v));
                }
            }
            case MULTIPLE_CHOICE -> multipleChoice(field, v, p);
            case YES_NO -> {
                if (!(v instanceof Boolean)) {
                    error(p, "must be true or false, not " + kind(v));
                }
            }
            case TABLE -> table(field, v, p);
            case ATTACHMENT -> error(p, "an attachment is not a value of the form");
            default -> throw new IllegalStateException("unknown field type " + field.type());
        }
    }

    private void text(FieldDefinition field, Object v, String p) {
        if (!(v instanceof String s)) {
            error(p, "must be text, not " + kind(v));
            return;
        }
        int length = s.codePointCount(0, s.length());
        if (length > field.maxLength()) {
            error(p, "must be at most " + field.maxLength() + " characters, was " + length);
        }
        // A control character is never text a person typed: a short text is one line; a long text
        // keeps its line breaks and tabs and nothing else of the kind.
        s.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
                        && !(field.type() == FieldType.LONG_TEXT && (c == '\n' || c == '\r' || c == '\t')))
                .findFirst()
                .ifPresent(c -> error(p, String.format("must not hold the control character U+%04X", c)));
    }

    private void integer(FieldDefinition field, Object v, String p) {
        if (!(v instanceof BigDecimal d) || d.stripTrailingZeros().scale() > 0) {
            error(p, "must be a whole number, not " + describe(v));
            return;
        }
        bounds(field, d, p);
    }

    private void money(FieldDefinition field, Object v, String p) {
        if (!(v instanceof BigDecimal d)) {
            error(p, "must be an amount in yuan (a number), not " + kind(v));
            return;
        }
        if (d.stripTrailingZeros().scale() > 2) {
            error(p, "must be yuan with at most two decimals (fen), was " + d.toPlainString());
            return;
        }
        if (d.signum() < 0) {
            error(p, "must not be negative, was " + d.toPlainString());
            return;
        }
        bounds(field, d, p);
    }

    private void bounds(FieldDefinition field, BigDecimal d, String p) {
        if (field.min() != null && d.compareTo(field.min()) < 0) {
            error(p, "must be at least " + field.min().toPlainString() + ", was " + d.toPlainString());
        } else if (field.max() != null && d.compareTo(field.max()) > 0) {
            error(p, "must be at most " + field.max().toPlainString() + ", was " + d.toPlainString());
        }
    }

    private LocalDate date(Object v, String p) {
        if (!(v instanceof String s)) {
            error(p, "must be a date like 2021-10-15, not " + kind(v));
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            error(p, "must be a date like 2021-10-15, not \"" + s + "\"");
            return null;
        }
    }

    private void dateRange(Object v, String p) {
        if (!(v instanceof Map<?, ?> m)) {
            error(p, "must be a date range {\"from\": date, \"to\": date}, not " + kind(v));
            return;
        }
        for (Object k : m.keySet()) {
            if (!"from".equals(k) && !"to".equals(k)) {
                error(path(p, (String) k), "a date range has only \"from\" and \"to\"");
            }
        }
        LocalDate from = m.containsKey("from") ? date(m.get("from"), path(p, "from")) : null;
        LocalDate to = m.containsKey("to") ? date(m.get("to"), path(p, "to")) : null;
        if (from != null && to != null && to.isBefore(from)) {
            error(path(p, "to"), "must not be before from (" + from + ")");
        }
    }

    private void choice(FieldDefinition field, String code, String p) {
        if (!field.choices().contains(code)) {
            error(p, "\"" + code + "\" is not in the list " + field.choices().code() + "; one of "
                    + field.choices().codes() + " is expected");
        }
    }

    private void multipleChoice(FieldDefinition field, Object v, String p) {
        if (!(v instanceof List<?> items)) {
            error(p, "must be a list of codes of " + field.choices().code() + ", not " + kind(v));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String ip = p + "[" + i + "]";
            if (!(items.get(i) instanceof String code)) {
                error(ip, "must be a code of " + field.choices().code() + ", not " + kind(items.get(i)));
            } else if (!seen.add(code)) {
                error(ip, "\"" + code + "\" is chosen twice");
            } else {
                choice(field, code, ip);
            }
        }
    }

    private void table(FieldDefinition field, Object v, String p) {
        if (!(v instanceof List<?> rows)) {
            error(p, "must be a list of rows (objects), not " + kind(v));
            return;
        }
        if (field.maxRows() != null && rows.size() > field.maxRows()) {
            error(p, "must have at most " + field.maxRows() + " rows, had " + rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            String rp = p + "[" + i + "]";
            if (!(rows.get(i) instanceof Map<?, ?> row)) {
                error(rp, "a row must be an object of columns, not " + kind(rows.get(i)));
                continue;
            }
            for (Map.Entry<?, ?> cell : row.entrySet()) {
                String column = (String) cell.getKey();
                String cp = path(rp, column);
                field.columns().stream().filter(c -> c.code().equals(column)).findFirst().ifPresentOrElse(
                        c -> value(c, cell.getValue(), cp),
                        () -> error(cp, "the table " + field.code() + " has no column \"" + column + "\"; its columns are "
                                + field.columns().stream().map(FieldDefinition::code).toList()));
            }
        }
    }

    private void error(String p, String message) {
        errors.add(new FieldError(p, message));
    }

    private static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String kind(Object v) {
        if (v instanceof String) {
            return "text";
        }
        if (v instanceof BigDecimal) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "true or false";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(v);
    }

    private static String describe(Object v) {
        return v instanceof BigDecimal d ? d.toPlainString() : kind(v);
    }
}
