package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.form.Choice;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;

/**
 * The JSON of a form definition, as the pages render it and the REST API serves it
 * ({@code GET /api/v1/plans/{year}/forms/{category}[/{subProject}]}), and of missing fields. A
 * field's choice list is written out in full where it is used, so that a page needs nothing else.
 */
public final class FormJson {
    private FormJson() {
    }

    public static String write(FormDefinition form) {
        return JsonWriter.write(w -> w.field("year", form.year())
                .field("category", form.category())
                .field("subProject", form.subProject())
                .objects("sections", form.sections(), FormJson::section));
    }

    private static void section(JsonWriter w, SectionDefinition s) {
        w.field("code", s.code());
        text(w, "title", s.title());
        w.field("clause", s.clause()).objects("fields", s.fields(), (fw, f) -> field(fw, f, s.clauseOf(f)));
    }

    private static void field(JsonWriter w, FieldDefinition f, String clause) {
        w.field("code", f.code()).field("type", f.type()).field("required", f.required());
        text(w, "label", f.label());
        text(w, "help", f.help());
        w.field("clause", clause)
                .field("maxLength", f.maxLength())
                .tree("min", f.min())
                .tree("max", f.max());
        if (f.choices() != null) {
            w.field("choiceList", f.choices().code()).objects("choices", f.choices().choices(), FormJson::choice);
        }
        if (!f.columns().isEmpty()) {
            w.objects("columns", f.columns(), (cw, c) -> field(cw, c, c.clause() != null ? c.clause() : clause))
                    .field("minRows", f.required() ? f.requiredRows() : null)
                    .field("maxRows", f.maxRows());
        }
        w.field("attachmentKind", f.attachmentKind()).field("binding", f.binding() == null ? null : f.binding().path());
    }

    private static void choice(JsonWriter w, Choice c) {
        w.field("code", c.code());
        text(w, "label", c.label());
    }

    private static void text(JsonWriter w, String name, LocalizedText t) {
        w.object(name, t, (tw, x) -> tw.field("zh", x.zh()).field("en", x.en()));
    }

    /** Missing fields as the 422 of a submission and a draft's check list them. */
    public static void missing(JsonWriter w, String name, List<MissingField> missing) {
        w.objects(name, missing, (mw, m) -> {
            mw.field("field", m.path()).field("section", m.section());
            text(mw, "sectionTitle", m.sectionTitle());
            mw.field("name", m.field());
            text(mw, "label", m.label());
            mw.field("clause", m.clause());
        });
    }
}
