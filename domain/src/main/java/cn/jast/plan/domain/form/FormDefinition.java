package cn.jast.plan.domain.form;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.support.FieldError;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole application form (申报书) of one category, or of one sub-project: the part common to
 * every application, then the category's part, then the sub-project's, as the plan year defines
 * them. {@link #validate} names every bad field of a draft (type, length, choice, table cell);
 * {@link #missing} lists each required field left empty, with its section and clause.
 *
 * @param subProject null for a category without sub-projects (or an application that names none)
 */
public record FormDefinition(int year, String category, String subProject, List<SectionDefinition> sections) {
    public FormDefinition {
        Objects.requireNonNull(category, "category");
        sections = List.copyOf(sections);
        Set<String> codes = new HashSet<>();
        Set<String> facts = new HashSet<>();
        for (SectionDefinition s : sections) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("section " + s.code() + " appears twice in the form of "
                        + (subProject == null ? category : subProject));
            }
            for (FieldDefinition f : s.fields()) {
                if (f.binding() != null && f.binding() != FactBinding.ATTACHMENTS && !facts.add(f.binding().path())) {
                    throw new IllegalArgumentException("two fields of the form of "
                            + (subProject == null ? category : subProject) + " are bound to " + f.binding().path());
                }
            }
        }
    }

    public Optional<SectionDefinition> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * Every bad field of the content's form values and of the facts the form binds (type, length,
     * choice, table cell, a section or field the form does not have); {@code path} is where the
     * application sits in its document ("" at the root).
     */
    public List<FieldError> validate(ApplicationContent content, String path) {
        return new FormValidator(this, path).validate(content);
    }

    /** Each required field the content leaves empty, in the form's order. */
    public List<MissingField> missing(ApplicationContent content) {
        return FormCompleteness.missing(this, content);
    }
}
