package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.support.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of an application's content, field by field: every leaf of the
 * canonical JSON (a fact such as {@code event.plannedParticipants}, a form field such as
 * {@code form.budget.amountRequested}, a table cell such as {@code form.team.members[1].role})
 * whose value differs, with its value before and after as JSON text (null where it is not given).
 * A list of codes (attachments, a multiple choice) counts as one value.
 */
public final class ContentChanges {
    private ContentChanges() {
    }

    /** One changed field. */
    public record Change(String path, String before, String after) {
        public Change {
            Objects.requireNonNull(path, "path");
        }
    }

    public static List<Change> between(ApplicationContent before, ApplicationContent after) {
        Map<String, String> a = leaves(before);
        Map<String, String> b = leaves(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String p : paths) {
            String x = a.get(p);
            String y = b.get(p);
            if (!Objects.equals(x, y)) {
                changes.add(new Change(p, x, y));
            }
        }
        return changes;
    }

    private static Map<String, String> leaves(ApplicationContent content) {
        Map<String, String> out = new LinkedHashMap<>();
        if (content != null) {
            flatten(Json.parse(ApplicationJson.canonical(content)), "", out);
        }
        return out;
    }

    private static void flatten(Json.Value v, String path, Map<String, String> out) {
        if (v instanceof Json.Obj o) {
            o.members().forEach((k, m) -> flatten(m, path.isEmpty() ? k : path + "." + k, out));
        } else if (v instanceof Json.Arr a && a.items().stream().anyMatch(i -> i instanceof Json.Obj || i instanceof Json.Arr)) {
            for (int i = 0; i < a.items().size(); i++) {
                flatten(a.items().get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, text(v));
        }
    }

    private static String text(Json.Value v) {
        if (v instanceof Json.Str s) {
            return JsonWriter.write(w -> w.field("v", s.value())).replaceFirst("^\\{\"v\":", "").replaceFirst("}$", "");
        }
        if (v instanceof Json.Num n) {
            return n.text();
        }
        if (v instanceof Json.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof Json.Arr a) {
            List<String> items = new ArrayList<>();
            a.items().forEach(i -> items.add(text(i)));
            return "[" + String.join(",", items) + "]";
        }
        return "null";
    }
}
