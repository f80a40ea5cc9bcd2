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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
        PlanFileNode root = new PlanFileNode(source, rootValue, "");
        PlanFileNode.Members m = root.object(Set.of("year", "title", "guideReference", "zone", "eligibleSocietyTypes",
                "submission", "thresholds", "review", "mutuallyExclusiveCategories", "categories", "calendar", "forms"),
                Set.of("$comment", "management"));
        int year = m.get("year").integer(1900, 9999);
        LocalizedText title = m.get("title").text();
        String guideReference = m.get("guideReference").string();
        ZoneId zone = m.get("zone").zone();
        Set<SocietyType> eligible = EnumSet.noneOf(SocietyType.class);
        for (PlanFileNode n : m.get("eligibleSocietyTypes").items()) {
            eligible.add(n.enumValue(SocietyType.class));
        }
        if (eligible.isEmpty()) {
            throw m.get("eligibleSocietyTypes").error("at least one society type must be eligible");
        }

        PlanFileNode.Members sub = m.get("submission").object(Set.of("opens", "closes", "paperCopyBy"),
                Set.of("remindHoursBefore"));
        LocalDateTime opens = sub.get("opens").dateTime();
        LocalDateTime closes = sub.get("closes").dateTime();
        LocalDateTime paper = sub.get("paperCopyBy").dateTime();
        SubmissionWindow window = m.get("submission").build(() -> new SubmissionWindow(zone, opens, closes, paper));
        ReminderSchedule reminders = ReminderSchedule.none();
        if (sub.has("remindHoursBefore")) {
            PlanFileNode.Members rm = sub.get("remindHoursBefore").object(Set.of(), Set.of("closes", "paperCopyBy", "$comment"));
            List<Integer> beforeClosing = rm.has("closes") ? hours(rm.get("closes")) : List.of();
            List<Integer> beforePaper = rm.has("paperCopyBy") ? hours(rm.get("paperCopyBy")) : List.of();
            reminders = sub.get("remindHoursBefore").build(() -> new ReminderSchedule(beforeClosing, beforePaper));
        }
        ReminderSchedule reminderSchedule = reminders;

        PlanFileNode.Members t = m.get("thresholds").object(Set.of("firstClassMinStaff", "firstClassMinFullTimeStaff",
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

        PlanFileNode.Members r = m.get("review").object(Set.of("maxScore", "expertsPerApplication"),
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
        for (PlanFileNode c : m.get("categories").items()) {
            Category category = category(c, codes);
            categories.add(category);
        }
        if (categories.isEmpty()) {
            throw m.get("categories").error("a plan year needs at least one category");
        }

        List<Set<String>> exclusive = new ArrayList<>();
        for (PlanFileNode g : m.get("mutuallyExclusiveCategories").items()) {
            Set<String> group = new LinkedHashSet<>();
            for (PlanFileNode code : g.items()) {
                String value = code.string();
                if (categories.stream().noneMatch(cat -> cat.code().equals(value))) {
                    throw code.error("names no category of this plan year: " + value);
                }
                group.add(value);
            }
            exclusive.add(group);
        }

        WorkingDayCalendar calendar = calendar(m.get("calendar"));
        PlanFileNode formsNode = m.get("forms");
        PlanForms forms = FormReader.read(formsNode.value(), formsNode.path(), source, year, categories);
        ManagementSettings management = ManagementReader.read(((Json.Obj) rootValue).members().get("management"),
                source, codes, thresholds.publicityWorkingDays());
        return root.build(() -> new PlanYear(year, title, guideReference, eligible, categories, exclusive, window,
                calendar, thresholds, review, forms, management, allReminders));
    }

    private static List<Integer> hours(PlanFileNode node) {
        List<Integer> hours = new ArrayList<>();
        for (PlanFileNode h : node.items()) {
            int value = h.integer(1, 24 * 366);
            if (hours.contains(value)) {
                throw h.error("an offset is given twice: " + value);
            }
            hours.add(value);
        }
        return hours;
    }

    private Category category(PlanFileNode node, Set<String> codes) {
        PlanFileNode.Members c = node.object(Set.of("code", "number", "name", "kind", "subProjects", "fundedNextYear"),
                Set.of("quota", "subProjectsMutuallyExclusive", "oneEventOneSubProject", "conditions", "$comment"));
        String code = c.get("code").code(CODE, codes);
        List<SubProject> subProjects = new ArrayList<>();
        for (PlanFileNode s : c.get("subProjects").items()) {
            PlanFileNode.Members sm = s.object(Set.of("code", "name"), Set.of("quota", "eventHostRoles", "conditions", "$comment"));
            Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
            if (sm.has("eventHostRoles")) {
                for (PlanFileNode role : sm.get("eventHostRoles").items()) {
                    roles.add(role.enumValue(HostRole.class));
                }
            }
            String subCode = sm.get("code").code(CODE, codes);
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

    private List<String> ruleIds(PlanFileNode node) {
        List<String> ids = new ArrayList<>();
        for (PlanFileNode n : node.items()) {
            String id = n.string();
            if (ids.contains(id)) {
                throw n.error("rule " + id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    private WorkingDayCalendar calendar(PlanFileNode node) {
        PlanFileNode.Members c = node.object(Set.of("firstDay", "lastDay", "holidays", "workingWeekendDays"),
                Set.of("sources", "$comment"));
        LocalDate first = c.get("firstDay").date();
        LocalDate last = c.get("lastDay").date();
        Set<LocalDate> holidays = new HashSet<>();
        for (PlanFileNode range : c.get("holidays").items()) {
            List<PlanFileNode> ends = range.items();
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
        for (PlanFileNode day : c.get("workingWeekendDays").items()) {
            workingWeekend.add(day.date());
        }
        return node.build(() -> new WorkingDayCalendar(first, last, holidays, workingWeekend));
    }
}
