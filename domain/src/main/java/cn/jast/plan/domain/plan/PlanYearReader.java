package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.calendar.SubmissionWindow;
import cn.jast.plan.domain.calendar.WorkingDayCalendar;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.domain.support.Json;
import cn.jast.plan.domain.support.LocalizedText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plan-year file (JSON, see {@code plan-2021.json} in this jar and the README) into a
 * {@link PlanYear}. The reader is strict: an unknown member, a missing one, a value of the wrong
 * kind or an inconsistent quota fails with a {@link PlanFileException} that names the line and the
 * field, because a plan file that is read leniently would quietly change who gets money.
 */
public final class PlanYearReader {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String source;

    private PlanYearReader(String source) {
        this.source = source;
    }

    /** Reads a plan year from JSON text; {@code source} names it in error messages. */
    public static PlanYear read(String json, String source) {
        PlanYearReader reader = new PlanYearReader(source);
        Json.Value root;
        try {
            root = Json.parse(json);
        } catch (Json.SyntaxException e) {
            throw new PlanFileException(source, e.line(), e.column(), "", "not valid JSON: " + e.getMessage());
        }
        return reader.plan(root);
    }

    public static PlanYear read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan-year file " + file, e);
        }
    }

    public static PlanYear read(InputStream in, String source) {
        try (in) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan-year file " + source, e);
        }
    }

    private PlanYear plan(Json.Value rootValue) {
        Node root = new Node(rootValue, "");
        Node.Members m = root.object(Set.of("year", "title", "guideReference", "zone", "eligibleSocietyTypes",
                "submission", "thresholds", "review", "mutuallyExclusiveCategories", "categories", "calendar", "forms"),
                Set.of("$comment", "management"));
        int year = m.get("year").integer(1900, 9999);
        LocalizedText title = m.get("title").text();
        String guideReference = m.get("guideReference").string();
        ZoneId zone = m.get("zone").zone();
        Set<SocietyType> eligible = EnumSet.noneOf(SocietyType.class);
        for (Node n : m.get("eligibleSocietyTypes").items()) {
            eligible.add(n.enumValue(SocietyType.class));
        }
        if (eligible.isEmpty()) {
            throw m.get("eligibleSocietyTypes").error("at least one society type must be eligible");
        }

        Node.Members sub = m.get("submission").object(Set.of("opens", "closes", "paperCopyBy"),
                Set.of("remindHoursBefore"));
        LocalDateTime opens = sub.get("opens").dateTime();
        LocalDateTime closes = sub.get("closes").dateTime();
        LocalDateTime paper = sub.get("paperCopyBy").dateTime();
        SubmissionWindow window = m.get("submission").build(() -> new SubmissionWindow(zone, opens, closes, paper));
        ReminderSchedule reminders = ReminderSchedule.none();
        if (sub.has("remindHoursBefore")) {
            Node.Members rm = sub.get("remindHoursBefore").object(Set.of(), Set.of("closes", "paperCopyBy", "$comment"));
            List<Integer> beforeClosing = rm.has("closes") ? hours(rm.get("closes")) : List.of();
            List<Integer> beforePaper = rm.has("paperCopyBy") ? hours(rm.get("paperCopyBy")) : List.of();
            reminders = sub.get("remindHoursBefore").build(() -> new ReminderSchedule(beforeClosing, beforePaper));
        }
        ReminderSchedule reminderSchedule = reminders;

        Node.Members t = m.get("thresholds").object(Set.of("firstClassMinStaff", "firstClassMinFullTimeStaff",
                "internationalMinForeignPercent", "internationalMinCountries", "eventsCompletedBy",
                "eventReportWithinMonths", "publicityWorkingDays", "failedAssessmentBarYears", "journalPlanYears"),
                Set.of("eventReportRemindHoursBefore", "$comment"));
        BigDecimal percent = t.get("internationalMinForeignPercent").decimal();
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw t.get("internationalMinForeignPercent").error("must be a percentage from 0 to 100");
        }
        Thresholds thresholds = new Thresholds(
                t.get("firstClassMinStaff").integer(0, 100_000),
                t.get("firstClassMinFullTimeStaff").integer(0, 100_000),
                percent,
                t.get("internationalMinCountries").integer(0, 1_000),
                t.get("eventsCompletedBy").date(),
                t.get("eventReportWithinMonths").integer(0, 120),
                t.get("publicityWorkingDays").integer(1, 365),
                t.get("failedAssessmentBarYears").integer(0, 100),
                t.get("journalPlanYears").integer(1, 20));

        Node.Members r = m.get("review").object(Set.of("maxScore", "expertsPerApplication"),
                Set.of("scoresDueBy", "remindHoursBefore", "$comment"));
        BigDecimal maxScore = r.get("maxScore").decimal();
        java.time.Instant scoresDueBy = r.has("scoresDueBy") ? r.get("scoresDueBy").dateTime().atZone(zone).toInstant() : null;
        ReviewSettings review = m.get("review").build(() ->
                new ReviewSettings(maxScore, r.get("expertsPerApplication").integer(1, 1000), scoresDueBy));
        List<Integer> beforeScores = r.has("remindHoursBefore") ? hours(r.get("remindHoursBefore")) : List.of();
        if (!beforeScores.isEmpty() && scoresDueBy == null) {
            throw r.get("remindHoursBefore").error("reminds before review.scoresDueBy, which is not given");
        }
        List<Integer> beforeEventReport = t.has("eventReportRemindHoursBefore")
                ? hours(t.get("eventReportRemindHoursBefore")) : List.of();
        ReminderSchedule allReminders = m.get("review").build(() -> reminderSchedule.after(beforeScores, beforeEventReport));

        List<Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node c : m.get("categories").items()) {
            Category category = category(c, codes);
            categories.add(category);
        }
        if (categories.isEmpty()) {
            throw m.get("categories").error("a plan year needs at least one category");
        }

        List<Set<String>> exclusive = new ArrayList<>();
        for (Node g : m.get("mutuallyExclusiveCategories").items()) {
            Set<String> group = new LinkedHashSet<>();
            for (Node code : g.items()) {
                String value = code.string();
                if (categories.stream().noneMatch(cat -> cat.code().equals(value))) {
                    throw code.error("names no category of this plan year: " + value);
                }
                group.add(value);
            }
            exclusive.add(group);
        }

        WorkingDayCalendar calendar = calendar(m.get("calendar"));
        Node formsNode = m.get("forms");
        PlanForms forms = FormReader.read(formsNode.value, formsNode.path, source, year, categories);
        ManagementSettings management = ManagementReader.read(((Json.Obj) rootValue).members().get("management"),
                source, codes, thresholds.publicityWorkingDays());
        return root.build(() -> new PlanYear(year, title, guideReference, eligible, categories, exclusive, window,
                calendar, thresholds, review, forms, management, allReminders));
    }

    private static List<Integer> hours(Node node) {
        List<Integer> hours = new ArrayList<>();
        for (Node h : node.items()) {
            int value = h.integer(1, 24 * 366);
            if (hours.contains(value)) {
                throw h.error("an offset is given twice: " + value);
            }
            hours.add(value);
        }
        return hours;
    }

    private Category category(Node node, Set<String> codes) {
        Node.Members c = node.object(Set.of("code", "number", "name", "kind", "subProjects", "fundedNextYear"),
                Set.of("quota", "subProjectsMutuallyExclusive", "oneEventOneSubProject", "conditions", "$comment"));
        String code = c.get("code").code(codes);
        List<SubProject> subProjects = new ArrayList<>();
        for (Node s : c.get("subProjects").items()) {
            Node.Members sm = s.object(Set.of("code", "name"), Set.of("quota", "eventHostRoles", "conditions", "$comment"));
            Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
            if (sm.has("eventHostRoles")) {
                for (Node role : sm.get("eventHostRoles").items()) {
                    roles.add(role.enumValue(HostRole.class));
                }
            }
            String subCode = sm.get("code").code(codes);
            Integer quota = sm.has("quota") ? sm.get("quota").integer(0, 1_000_000) : null;
            LocalizedText name = sm.get("name").text();
            List<String> conditions = sm.has("conditions") ? ruleIds(sm.get("conditions")) : List.of();
            subProjects.add(s.build(() -> new SubProject(subCode, code, name, quota, roles, conditions)));
        }
        Integer quota = c.has("quota") ? c.get("quota").integer(0, 1_000_000) : null;
        int number = c.get("number").integer(1, 1000);
        LocalizedText name = c.get("name").text();
        CategoryKind kind = c.get("kind").enumValue(CategoryKind.class);
        boolean exclusiveSubs = c.has("subProjectsMutuallyExclusive") && c.get("subProjectsMutuallyExclusive").bool();
        boolean oneEvent = c.has("oneEventOneSubProject") && c.get("oneEventOneSubProject").bool();
        boolean funded = c.get("fundedNextYear").bool();
        List<String> conditions = c.has("conditions") ? ruleIds(c.get("conditions")) : List.of();
        return node.build(() -> new Category(code, number, name, kind, quota, subProjects, exclusiveSubs, oneEvent,
                funded, conditions));
    }

    private List<String> ruleIds(Node node) {
        List<String> ids = new ArrayList<>();
        for (Node n : node.items()) {
            String id = n.string();
            if (ids.contains(id)) {
                throw n.error("rule " + id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private WorkingDayCalendar calendar(Node node) {
        Node.Members c = node.object(Set.of("firstDay", "lastDay", "holidays", "workingWeekendDays"),
                Set.of("sources", "$comment"));
        LocalDate first = c.get("firstDay").date();
        LocalDate last = c.get("lastDay").date();
        Set<LocalDate> holidays = new HashSet<>();
        for (Node range : c.get("holidays").items()) {
            List<Node> ends = range.items();
            if (ends.size() != 2) {
                throw range.error("a holiday is a range [first day, last day]");
            }
            LocalDate from = ends.get(0).date();
            LocalDate to = ends.get(1).date();
            if (to.isBefore(from)) {
                throw range.error("the range ends before it starts");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holidays.add(d);
            }
        }
        Set<LocalDate> workingWeekend = new HashSet<>();
        for (Node day : c.get("workingWeekendDays").items()) {
            workingWeekend.add(day.date());
        }
        return node.build(() -> new WorkingDayCalendar(first, last, holidays, workingWeekend));
    }

    /** A JSON value with its path, for messages. */
    private final class Node {
        private final Json.Value value;
        private final String path;

        Node(Json.Value value, String path) {
            this.value = value;
            this.path = path;
        }

        PlanFileException error(String problem) {
            return new PlanFileException(source, value.line(), value.column(), path, problem);
        }

        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(e.getMessage());
            }
        }

        Members object(Set<String> required, Set<String> optional) {
            if (!(value instanceof Json.Obj obj)) {
                throw error("an object was expected, not " + value.kind());
            }
            for (String name : required) {
                if (!obj.members().containsKey(name)) {
                    throw error("the member \"" + name + "\" is missing");
                }
            }
            for (Map.Entry<String, Json.Value> e : obj.members().entrySet()) {
                if (!required.contains(e.getKey()) && !optional.contains(e.getKey())) {
                    throw new Node(e.getValue(), child(e.getKey())).error("unknown member \"" + e.getKey() + "\"");
                }
            }
            return new Members(obj);
        }

        List<Node> items() {
            if (!(value instanceof Json.Arr arr)) {
                throw error("an array was expected, not " + value.kind());
            }
            List<Node> nodes = new ArrayList<>(arr.items().size());
            for (int i = 0; i < arr.items().size(); i++) {
                nodes.add(new Node(arr.items().get(i), path + "[" + i + "]"));
            }
            return nodes;
        }

        String string() {
            if (!(value instanceof Json.Str s)) {
                throw error("a string was expected, not " + value.kind());
            }
            if (s.value().isBlank()) {
                throw error("must not be blank");
            }
            return s.value();
        }

        String code(Set<String> seen) {
            String code = string();
            if (!CODE.matcher(code).matches()) {
                throw error("a code is upper-case letters, digits and '_', starting with a letter: " + code);
            }
            if (!seen.add(code)) {
                throw error("code " + code + " is given twice");
            }
            return code;
        }

        boolean bool() {
            if (!(value instanceof Json.Bool b)) {
                throw error("true or false was expected, not " + value.kind());
            }
            return b.value();
        }

        int integer(int min, int max) {
            if (!(value instanceof Json.Num n)) {
                throw error("a whole number was expected, not " + value.kind());
            }
            int v;
            try {
                v = new BigDecimal(n.text()).intValueExact();
            } catch (ArithmeticException e) {
                throw error("a whole number was expected, not " + n.text());
            }
            if (v < min || v > max) {
                throw error("must be from " + min + " to " + max + ", not " + v);
            }
            return v;
        }

        BigDecimal decimal() {
            if (!(value instanceof Json.Num n)) {
                throw error("a number was expected, not " + value.kind());
            }
            return new BigDecimal(n.text());
        }

        LocalDate date() {
            String text = string();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw error("a date like 2021-05-28 was expected, not " + text);
            }
        }

        LocalDateTime dateTime() {
            String text = string();
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeException e) {
                throw error("a local date and time like 2021-05-28T17:00 was expected, not " + text);
            }
        }

        ZoneId zone() {
            String text = string();
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw error("a time zone like Asia/Shanghai was expected, not " + text);
            }
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String text = string();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw error("unknown value " + text + "; one of " + EnumSet.allOf(type) + " was expected");
            }
        }

        LocalizedText text() {
            Members m = object(Set.of("zh", "en"), Set.of());
            return new LocalizedText(m.get("zh").string(), m.get("en").string());
        }

        private String child(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        final class Members {
            private final Json.Obj obj;

            Members(Json.Obj obj) {
                this.obj = obj;
            }

            boolean has(String name) {
                Json.Value v = obj.members().get(name);
                return v != null && !(v instanceof Json.Null);
            }

            Node get(String name) {
                Json.Value v = obj.members().get(name);
                if (v == null) {
                    throw error("the member \"" + name + "\" is missing");
                }
                return new Node(v, child(name));
            }
        }
    }
}
