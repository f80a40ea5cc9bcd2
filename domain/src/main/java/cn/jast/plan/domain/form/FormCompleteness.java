package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.ApplicationContent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which required fields of a form an application leaves empty: a field without a value (an empty
 * text, list or object is no value), a required attachment not attached, a table with fewer rows
 * than it needs, and, in every row given, a required cell left empty. Checked when a stored draft
 * is submitted and shown by a draft's check; saving a draft never asks for it.
 */
final class FormCompleteness {
    private FormCompleteness() {
    }

    static List<MissingField> missing(FormDefinition form, ApplicationContent content) {
        List<MissingField> missing = new ArrayList<>();
        for (SectionDefinition section : form.sections()) {
            for (FieldDefinition field : section.fields()) {
                String clause = section.clauseOf(field);
                if (field.binding() == FactBinding.ATTACHMENTS) {
                    if (field.required() && !content.hasAttachment(field.attachmentKind())) {
                        missing.add(new MissingField("attachments", section.code(), section.title(), field.code(),
                                field.label(), clause));
                    }
                    continue;
                }
                String path = field.bound() ? field.binding().path() : "form." + section.code() + "." + field.code();
                Object value = field.bound() ? field.binding().read(content) : content.form().value(section.code(), field.code());
                if (field.type() == FieldType.TABLE) {
                    List<?> rows = value instanceof List<?> l ? l : List.of();
                    if (rows.size() < field.requiredRows()) {
                        missing.add(new MissingField(path, section.code(), section.title(), field.code(), field.label(), clause));
                    }
                    for (int i = 0; i < rows.size(); i++) {
                        if (!(rows.get(i) instanceof Map<?, ?> row)) {
                            continue;
                        }
                        for (FieldDefinition column : field.columns()) {
                            if (column.required() && empty(column, row.get(column.code()))) {
                                missing.add(new MissingField(path + "[" + i + "]." + column.code(), section.code(),
                                        section.title(), field.code() + "." + column.code(), column.label(), clause));
                            }
                        }
                    }
                } else if (field.required() && empty(field, value)) {
                    missing.add(new MissingField(path, section.code(), section.title(), field.code(), field.label(), clause));
                }
            }
        }
        return missing;
    }

    private static boolean empty(FieldDefinition field, Object v) {
        if (field.type() == FieldType.DATE_RANGE && v instanceof Map<?, ?> m) {
            return !m.containsKey("from") || !m.containsKey("to");
        }
        return v == null
                || v instanceof String s && s.isBlank()
                || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty();
    }
}
