package cn.jast.plan.domain.form;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A section of a form (e.g. 项目概要, 预算): a title, the guide's clause it comes from, its fields in order. */
public record SectionDefinition(String code, LocalizedText title, String clause, List<FieldDefinition> fields) {
    public SectionDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clause, "clause");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("section " + code + " has no fields");
        }
        Set<String> seen = new HashSet<>();
        for (FieldDefinition f : fields) {
            if (!seen.add(f.code())) {
                throw new IllegalArgumentException("field " + f.code() + " is given twice in section " + code);
            }
        }
    }

    public Optional<FieldDefinition> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }

    /** The clause of a field: its own, or else this section's. */
    public String clauseOf(FieldDefinition field) {
        return field.clause() != null ? field.clause() : clause;
    }
}
