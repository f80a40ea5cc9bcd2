package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.form.ChoiceList;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.SectionDefinition;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The forms of one plan year as its file gives them: the choice lists, the sections common to every
 * application, and each category's and sub-project's own sections. {@link #form} puts them together.
 */
public final class PlanForms {
    private final int year;
    private final Map<String, ChoiceList> choiceLists;
    private final List<SectionDefinition> common;
    private final Map<String, List<SectionDefinition>> categoryParts;
    private final Map<String, List<SectionDefinition>> subProjectParts;

    public PlanForms(int year, Map<String, ChoiceList> choiceLists, List<SectionDefinition> common,
                     Map<String, List<SectionDefinition>> categoryParts,
                     Map<String, List<SectionDefinition>> subProjectParts) {
        this.year = year;
        this.choiceLists = Map.copyOf(choiceLists);
        this.common = List.copyOf(common);
        this.categoryParts = Map.copyOf(categoryParts);
        this.subProjectParts = Map.copyOf(subProjectParts);
    }

    /** A plan year without forms: every application's form is empty (for plan files of the rules only). */
    public static PlanForms none(int year) {
        return new PlanForms(year, Map.of(), List.of(), Map.of(), Map.of());
    }

    public Optional<ChoiceList> choiceList(String code) {
        return Optional.ofNullable(choiceLists.get(code));
    }

    public Map<String, ChoiceList> choiceLists() {
        return choiceLists;
    }

    public List<SectionDefinition> commonSections() {
        return common;
    }

    /**
     * The form of an application to {@code category}, and to {@code subProject} when given (it must
     * be one of the category's).
     */
    public FormDefinition form(Category category, SubProject subProject) {
        Objects.requireNonNull(category, "category");
        if (subProject != null && !subProject.categoryCode().equals(category.code())) {
            throw new IllegalArgumentException(subProject.code() + " is not a sub-project of " + category.code());
        }
        List<SectionDefinition> sections = new ArrayList<>(common);
        sections.addAll(categoryParts.getOrDefault(category.code(), List.of()));
        if (subProject != null) {
            sections.addAll(subProjectParts.getOrDefault(subProject.code(), List.of()));
        }
        return new FormDefinition(year, category.code(), subProject == null ? null : subProject.code(), sections);
    }

    /** The category's own sections (without the common part and without any sub-project's). */
    public List<SectionDefinition> categoryPart(String categoryCode) {
        return categoryParts.getOrDefault(categoryCode, List.of());
    }

    public List<SectionDefinition> subProjectPart(String subProjectCode) {
        return subProjectParts.getOrDefault(subProjectCode, List.of());
    }
}
