package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.form.Choice;
import cn.jast.plan.domain.form.ChoiceList;
import cn.jast.plan.domain.form.FactBinding;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FieldType;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.support.Json;
import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code forms} member of a plan-year file (see {@code plan-2021.json} and
 * {@code docs/plan-year.schema.json}) as strictly as {@link PlanYearReader}
 * reads the rest: an unknown member, a missing one, a value of the wrong kind, a choice list or
 * category that does not exist, a field bound to a fact of another type, fails with a
 * {@link PlanFileException} naming line, column and field path. Every category of the plan year
 * has an entry (its sections may be empty); a sub-project has one when it has a part of its own.
 */
public final class FormReader {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> FIELD_MEMBERS = Set.of("help", "clause", "maxLength", "min", "max", "choices",
            "columns", "minRows", "maxRows", "attachmentKind", "binding", "$comment");

    private final String source;
    private final Map<String, ChoiceList> choiceLists = new LinkedHashMap<>();

    private FormReader(String source) {
        this.source = source;
    }

    /**
     * Reads the forms of the plan year {@code year} whose categories are {@code categories};
     * {@code path} is where the member sits in the file ("forms").
     */
    public static PlanForms read(Json.Value value, String path, String source, int year, List<Category> categories) {
        return new FormReader(source).forms(new PlanFileNode(source, value, path), year, categories);
    }

    private PlanForms forms(PlanFileNode node, int year, List<Category> categories) {
        PlanFileNode.Members m = node.object(Set.of("choiceLists", "common", "categories"), Set.of("$comment"));
        for (PlanFileNode list : m.get("choiceLists").items()) {
            PlanFileNode.Members lm = list.object(Set.of("code", "name", "choices"), Set.of("$comment"));
            String code = lm.get("code").matching(CODE, "a choice list's code is upper-case letters, digits and '_'");
            if (choiceLists.containsKey(code)) {
                throw lm.get("code").error("choice list " + code + " is given twice");
            }
            LocalizedText name = lm.get("name").text();
            List<Choice> choices = new ArrayList<>();
            for (PlanFileNode c : lm.get("choices").items()) {
                PlanFileNode.Members cm = c.object(Set.of("code", "label"), Set.of("$comment"));
                String choiceCode = cm.get("code").matching(CODE, "a choice's code is upper-case letters, digits and '_'");
                choices.add(new Choice(choiceCode, cm.get("label").text()));
            }
            choiceLists.put(code, list.build(() -> new ChoiceList(code, name, choices)));
        }
        List<SectionDefinition> common = sections(m.get("common"));
        Map<String, List<SectionDefinition>> categoryParts = new LinkedHashMap<>();
        Map<String, List<SectionDefinition>> subProjectParts = new LinkedHashMap<>();
        Map<String, Category> byCode = new LinkedHashMap<>();
        categories.forEach(c -> byCode.put(c.code(), c));
        for (PlanFileNode entry : m.get("categories").items()) {
            PlanFileNode.Members em = entry.object(Set.of("category", "sections"), Set.of("subProjects", "$comment"));
            String code = em.get("category").string();
            Category category = byCode.get(code);
            if (category == null) {
                throw em.get("category").error("names no category of this plan year: " + code);
            }
            if (categoryParts.containsKey(code)) {
                throw em.get("category").error("the form of category " + code + " is given twice");
            }
            categoryParts.put(code, sections(em.get("sections")));
            if (em.has("subProjects")) {
                for (PlanFileNode sub : em.get("subProjects").items()) {
                    PlanFileNode.Members sm = sub.object(Set.of("subProject", "sections"), Set.of("$comment"));
                    String subCode = sm.get("subProject").string();
                    if (category.subProject(subCode).isEmpty()) {
                        throw sm.get("subProject").error("\"" + subCode + "\" is not a sub-project of " + code);
                    }
                    if (subProjectParts.containsKey(subCode)) {
                        throw sm.get("subProject").error("the form of sub-project " + subCode + " is given twice");
                    }
                    subProjectParts.put(subCode, sections(sm.get("sections")));
                }
            }
        }
        for (Category c : categories) {
            if (!categoryParts.containsKey(c.code())) {
                throw m.get("categories").error("category " + c.code() + " has no form (give it an entry, "
                        + "with \"sections\": [] when it has no part of its own)");
            }
        }
        PlanForms forms = new PlanForms(year, choiceLists, common, categoryParts, subProjectParts);
        // Every form as it is put together must hold: no section twice, no fact bound twice.
        for (Category c : categories) {
            node.build(() -> forms.form(c, null));
            for (SubProject s : c.subProjects()) {
                node.build(() -> forms.form(c, s));
            }
        }
        return forms;
    }

    private List<SectionDefinition> sections(PlanFileNode node) {
        List<SectionDefinition> sections = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (PlanFileNode s : node.items()) {
            PlanFileNode.Members sm = s.object(Set.of("code", "title", "clause", "fields"), Set.of("$comment"));
            String code = sm.get("code").matching(NAME, "a section's code is a lowerCamelCase name");
            if (!codes.add(code)) {
                throw sm.get("code").error("section " + code + " is given twice");
            }
            LocalizedText title = sm.get("title").text();
            String clause = sm.get("clause").string();
            List<FieldDefinition> fields = new ArrayList<>();
            for (PlanFileNode f : sm.get("fields").items()) {
                fields.add(field(f, false));
            }
            sections.add(s.build(() -> new SectionDefinition(code, title, clause, fields)));
        }
        return sections;
    }

    private FieldDefinition field(PlanFileNode node, boolean column) {
        PlanFileNode.Members fm = node.object(Set.of("code", "type", "required", "label"), FIELD_MEMBERS);
        String code = fm.get("code").matching(NAME, "a field's code is a lowerCamelCase name");
        FieldType type = fm.get("type").enumValue(FieldType.class);
        boolean required = fm.get("required").bool();
        LocalizedText label = fm.get("label").text();
        LocalizedText help = fm.has("help") ? fm.get("help").text() : null;
        String clause = fm.has("clause") ? fm.get("clause").string() : null;
        Integer maxLength = fm.has("maxLength") ? fm.get("maxLength").integer(1, 1_000_000) : null;
        BigDecimal min = fm.has("min") ? fm.get("min").decimal() : null;
        BigDecimal max = fm.has("max") ? fm.get("max").decimal() : null;
        ChoiceList choices = null;
        if (fm.has("choices")) {
            String listCode = fm.get("choices").string();
            choices = choiceLists.get(listCode);
            if (choices == null) {
                throw fm.get("choices").error("names no choice list of this plan year: " + listCode + "; the lists are "
                        + choiceLists.keySet());
            }
        }
        List<FieldDefinition> columns = new ArrayList<>();
        if (fm.has("columns")) {
            if (column) {
                throw fm.get("columns").error("a table column cannot itself be a table");
            }
            for (PlanFileNode c : fm.get("columns").items()) {
                columns.add(field(c, true));
            }
        }
        Integer minRows = fm.has("minRows") ? fm.get("minRows").integer(0, 10_000) : null;
        Integer maxRows = fm.has("maxRows") ? fm.get("maxRows").integer(1, 10_000) : null;
        AttachmentKind kind = fm.has("attachmentKind") ? fm.get("attachmentKind").enumValue(AttachmentKind.class) : null;
        FactBinding binding = null;
        if (fm.has("binding")) {
            String path = fm.get("binding").string();
            binding = FactBinding.ofPath(path).orElseThrow(() -> fm.get("binding").error("\"" + path
                    + "\" is not a fact of the application; one of "
                    + Arrays.stream(FactBinding.values()).map(FactBinding::path).toList() + " is expected"));
        }
        ChoiceList list = choices;
        FactBinding b = binding;
        return node.build(() -> new FieldDefinition(code, type, required, label, help, clause, maxLength, min, max, list,
                columns, minRows, maxRows, kind, b));
    }
}
