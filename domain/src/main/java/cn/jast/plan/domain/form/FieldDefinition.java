package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a form section, or one column of a table field. Which of the optional parts a field
 * has depends on its type: texts have a {@code maxLength}; integers and money may have a
 * {@code min} and {@code max}; choices name a {@link ChoiceList}; a table has {@code columns}
 * (fields that are neither tables nor attachments) and may have {@code minRows} and {@code maxRows};
 * an attachment names its {@link AttachmentKind}. A field bound to a fact ({@link FactBinding}) keeps
 * its value in that fact.
 *
 * @param clause the guide's clause the field comes from; null when it is its section's
 */
public record FieldDefinition(String code, FieldType type, boolean required, LocalizedText label, LocalizedText help,
                              String clause, Integer maxLength, BigDecimal min, BigDecimal max, ChoiceList choices,
                              List<FieldDefinition> columns, Integer minRows, Integer maxRows,
                              AttachmentKind attachmentKind, FactBinding binding) {
    public FieldDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        columns = columns == null ? List.of() : List.copyOf(columns);
        if (type.isText() != (maxLength != null)) {
            throw new IllegalArgumentException(type.isText() ? "a text field needs a maxLength"
                    : "only a text field has a maxLength");
        }
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        if ((min != null || max != null) && type != FieldType.INTEGER && type != FieldType.MONEY) {
            throw new IllegalArgumentException("only an integer or money field has a min or max");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min.toPlainString() + " is above max " + max.toPlainString());
        }
        if (type == FieldType.INTEGER && (min != null && min.stripTrailingZeros().scale() > 0
                || max != null && max.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException("an integer field's min and max are whole numbers");
        }
        if (type == FieldType.MONEY && min != null && min.signum() < 0) {
            throw new IllegalArgumentException("money is never negative");
        }
        if (type.isChoice() != (choices != null)) {
            throw new IllegalArgumentException(type.isChoice() ? "a choice field needs a choice list"
                    : "only a choice field has a choice list");
        }
        if ((type == FieldType.TABLE) == columns.isEmpty()) {
            throw new IllegalArgumentException(type == FieldType.TABLE ? "a table needs columns"
                    : "only a table has columns");
        }
        if ((minRows != null || maxRows != null) && type != FieldType.TABLE) {
            throw new IllegalArgumentException("only a table has minRows or maxRows");
        }
        if (minRows != null && (minRows < 0 || maxRows != null && minRows > maxRows)) {
            throw new IllegalArgumentException("minRows must be from 0 to maxRows");
        }
        if (maxRows != null && maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        Set<String> seen = new HashSet<>();
        for (FieldDefinition c : columns) {
            if (!c.type().allowedInTable()) {
                throw new IllegalArgumentException("column " + c.code() + ": a table column cannot be a " + c.type());
            }
            if (c.binding() != null) {
                throw new IllegalArgumentException("column " + c.code() + ": a table column is not bound to a fact");
            }
            if (!seen.add(c.code())) {
                throw new IllegalArgumentException("column " + c.code() + " is given twice");
            }
        }
        if ((type == FieldType.ATTACHMENT) != (attachmentKind != null)) {
            throw new IllegalArgumentException(type == FieldType.ATTACHMENT ? "an attachment field needs an attachmentKind"
                    : "only an attachment field has an attachmentKind");
        }
        if (type == FieldType.ATTACHMENT && binding != FactBinding.ATTACHMENTS) {
            throw new IllegalArgumentException("an attachment field is bound to \"attachments\"");
        }
        if (binding != null && binding.type() != type) {
            throw new IllegalArgumentException("a field bound to " + binding.path() + " must be of type "
                    + binding.type() + ", not " + type);
        }
        if (binding != null && choices != null && binding.codes().isPresent()) {
            Set<String> accepted = new HashSet<>();
            for (Enum<?> e : binding.codes().get().getEnumConstants()) {
                accepted.add(e.name());
            }
            for (String c : choices.codes()) {
                if (!accepted.contains(c)) {
                    throw new IllegalArgumentException("choice " + c + " of list " + choices.code() + " is not a code "
                            + binding.path() + " accepts; one of " + accepted.stream().sorted().toList());
                }
            }
        }
    }

    /**
     * The number of rows a complete table has at least: none when the table is optional, otherwise
     * {@code minRows} and never fewer than one.
     */
    public int requiredRows() {
        if (!required) {
            return 0;
        }
        return minRows == null ? 1 : Math.max(1, minRows);
    }

    public boolean bound() {
        return binding != null;
    }
}
