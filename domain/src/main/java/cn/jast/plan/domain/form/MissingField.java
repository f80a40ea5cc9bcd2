package cn.jast.plan.domain.form;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;

/**
 * A required field of the form left empty: where it is ({@code path} in the application's JSON,
 * e.g. {@code form.team.members} or {@code event.plannedParticipants}), its section, its label and
 * the guide's clause it comes from.
 */
public record MissingField(String path, String section, LocalizedText sectionTitle, String field,
                           LocalizedText label, String clause) {
    public MissingField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(clause, "clause");
    }
}
