package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.content.ApplicationContent.ServedUnit;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.FormValues;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.content.ServedUnitKind;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.Json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The JSON shape of an application (API.md, {@code application}), both ways. */
public final class ApplicationJson {
    private ApplicationJson() {
    }

    /** Reads an application from JSON text; every bad field is reported at once. */
    public static ApplicationContent read(String json, PlanYear plan) {
        return JsonFields.document(json, (in, root) -> read(in, root, "", plan, true));
    }

    /**
     * Reads application content that was written by {@link #canonical} and stored earlier, without
     * checking its codes against a plan year (they were checked when it was drafted, against the
     * plan year of that time); every bad field is still reported at once.
     */
    public static ApplicationContent read(String json) {
        return read(json, null);
    }

    /**
     * Reads one application at {@code path}; null (with an error recorded) when it cannot be read.
     * The category is required and must be one of the plan year's; a sub-project must belong to it.
     * {@code plan} may be null, and then the codes are not checked against a plan year.
     */
    static ApplicationContent read(JsonFields in, Json.Value value, String path, PlanYear plan) {
        return read(in, value, path, plan, false);
    }

    /**
     * As {@link #read(JsonFields, Json.Value, String, PlanYear)}; with {@code withForm} it also reads
     * the form's sections ({@code form}) as JSON gives them. Checking them and the facts against the
     * plan year's form is not the reader's: {@link cn.jast.plan.domain.form.FormDefinition#validate} does it for every front,
     * where the draft is written. Without {@code withForm}, the form is not read at all: the public
     * rule check (API.md) never asks for form sections.
     */
    static ApplicationContent read(JsonFields in, Json.Value value, String path, PlanYear plan, boolean withForm) {
        Json.Obj o = in.object(value, path);
        if (o == null) {
            if (value == null || value instanceof Json.Null) {
                in.error(path, "an application is required");
            }
            return null;
        }
        int before = in.errors().size();
        String categoryCode = in.string(o, "category", path);
        String subProject = in.string(o, "subProject", path);
        Category category = null;
        if (categoryCode == null) {
            if (in.errors().size() == before) {
                in.error(JsonFields.path(path, "category"), "is required");
            }
        } else if (plan != null) {
            category = plan.category(categoryCode).orElse(null);
            if (category == null) {
                in.error(JsonFields.path(path, "category"), "unknown category code \"" + categoryCode
                        + "\" for plan year " + plan.year());
            }
        }
        if (category != null && subProject != null) {
            if (!category.hasSubProjects()) {
                in.error(JsonFields.path(path, "subProject"), "category " + category.code()
                        + " has no sub-projects, so none may be given (was \"" + subProject + "\")");
            } else if (category.subProject(subProject).isEmpty()) {
                in.error(JsonFields.path(path, "subProject"), "\"" + subProject + "\" is not a sub-project of "
                        + category.code() + "; one of "
                        + category.subProjects().stream().map(s -> s.code()).toList() + " is expected");
            }
        }
        String title = in.string(o, "title", path);
        Boolean declared = in.bool(o, "declaredNotInKechuangJiangsu", path);
        Event event = event(in, in.object(o, "event", path), JsonFields.path(path, "event"));
        String journalCn = in.string(o, "journalCn", path);
        Boolean continuing = in.bool(o, "continuingJournalProject", path);
        String awardName = in.string(o, "awardName", path);
        ServedUnit servedUnit = servedUnit(in, in.object(o, "servedUnit", path), JsonFields.path(path, "servedUnit"));
        Boolean activities = in.bool(o, "activitiesInJiangsu", path);
        List<AttachmentKind> attachments = attachments(in, o, path);
        FormValues form = withForm ? form(in, o, path) : FormValues.empty();
        if (in.errors().size() != before) {
            return null;
        }
        ApplicationContent content = new ApplicationContent(categoryCode, subProject, title, declared, event, journalCn,
                continuing, awardName, servedUnit, activities, attachments, form);
        return content;
    }

    /** The form's sections: an object of sections, each an object of fields; values are read as JSON gives them. */
    private static FormValues form(JsonFields in, Json.Obj o, String path) {
        Json.Obj form = in.object(o, "form", path);
        if (form == null) {
            return FormValues.empty();
        }
        String formPath = JsonFields.path(path, "form");
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, Json.Value> s : form.members().entrySet()) {
            Json.Obj section = in.object(s.getValue(), JsonFields.path(formPath, s.getKey()));
            if (section == null) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Json.Value> f : section.members().entrySet()) {
                Object v = tree(f.getValue());
                if (v != null) {
                    fields.put(f.getKey(), v);
                }
            }
            sections.put(s.getKey(), fields);
        }
        return FormValues.of(sections);
    }

    private static Object tree(Json.Value v) {
        if (v instanceof Json.Str s) {
            return s.value();
        }
        if (v instanceof Json.Num n) {
            return new BigDecimal(n.text());
        }
        if (v instanceof Json.Bool b) {
            return b.value();
        }
        if (v instanceof Json.Arr a) {
            List<Object> items = new ArrayList<>();
            for (Json.Value item : a.items()) {
                Object t = tree(item);
                if (t != null) {
                    items.add(t);
                }
            }
            return items;
        }
        if (v instanceof Json.Obj obj) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<String, Json.Value> e : obj.members().entrySet()) {
                Object t = tree(e.getValue());
                if (t != null) {
                    members.put(e.getKey(), t);
                }
            }
            return members;
        }
        return null;
    }

    private static Event event(JsonFields in, Json.Obj o, String path) {
        if (o == null) {
            return null;
        }
        LocalDate start = in.date(o, "startDate", path);
        LocalDate end = in.date(o, "endDate", path);
        if (start != null && end != null && end.isBefore(start)) {
            in.error(JsonFields.path(path, "endDate"), "must not be before startDate (" + start + ")");
        }
        Integer participants = in.count(o, "plannedParticipants", path);
        Integer foreign = in.count(o, "plannedForeignParticipants", path);
        if (participants != null && foreign != null && foreign > participants) {
            in.error(JsonFields.path(path, "plannedForeignParticipants"),
                    "must not exceed plannedParticipants (" + participants + ")");
        }
        return new Event(in.string(o, "code", path), in.string(o, "name", path), start, end,
                in.bool(o, "inJiangsu", path), in.enumValue(o, "hostRole", path, HostRole.class),
                in.bool(o, "international", path), participants, foreign,
                in.count(o, "plannedForeignCountries", path));
    }

    private static ServedUnit servedUnit(JsonFields in, Json.Obj o, String path) {
        if (o == null) {
            return null;
        }
        return new ServedUnit(in.string(o, "name", path), in.enumValue(o, "kind", path, ServedUnitKind.class),
                in.bool(o, "inJiangsu", path));
    }

    private static List<AttachmentKind> attachments(JsonFields in, Json.Obj o, String path) {
        List<Json.Value> items = in.array(o, "attachments", path);
        if (items == null) {
            return null;
        }
        List<AttachmentKind> kinds = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = JsonFields.path(path, "attachments") + "[" + i + "]";
            Json.Value v = items.get(i);
            if (v instanceof Json.Null) {
                continue;
            }
            if (v instanceof Json.Str s) {
                AttachmentKind k = in.enumValue(s.value(), p, AttachmentKind.class);
                if (k != null) {
                    kinds.add(k);
                }
            } else {
                in.error(p, "must be an attachment kind code, not " + v.kind());
            }
        }
        return kinds;
    }

    /**
     * The canonical JSON of an application: members in a fixed order, nothing that is not given,
     * attachments as a sorted set. Equal content gives equal text, and any change of content
     * changes it.
     */
    public static String canonical(ApplicationContent a) {
        return JsonWriter.write(w -> write(w, a));
    }

    static void write(JsonWriter w, ApplicationContent a) {
        w.field("category", a.category())
                .field("subProject", a.subProject())
                .field("title", a.title())
                .field("declaredNotInKechuangJiangsu", a.declaredNotInKechuangJiangsu())
                .object("event", a.event(), (ew, e) -> ew.field("code", e.code())
                        .field("name", e.name())
                        .field("startDate", e.startDate())
                        .field("endDate", e.endDate())
                        .field("inJiangsu", e.inJiangsu())
                        .field("hostRole", e.hostRole())
                        .field("international", e.international())
                        .field("plannedParticipants", e.plannedParticipants())
                        .field("plannedForeignParticipants", e.plannedForeignParticipants())
                        .field("plannedForeignCountries", e.plannedForeignCountries()))
                .field("journalCn", a.journalCn())
                .field("continuingJournalProject", a.continuingJournalProject())
                .field("awardName", a.awardName())
                .object("servedUnit", a.servedUnit(), (uw, u) -> uw.field("name", u.name())
                        .field("kind", u.kind())
                        .field("inJiangsu", u.inJiangsu()))
                .field("activitiesInJiangsu", a.activitiesInJiangsu())
                .strings("attachments", a.attachments() == null ? null
                        : new TreeSet<>(a.attachments()).stream().map(Enum::name).toList())
                .tree("form", a.form().isEmpty() ? null : a.form().sections());
    }
}
