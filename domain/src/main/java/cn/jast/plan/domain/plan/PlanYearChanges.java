package cn.jast.plan.domain.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import cn.jast.plan.domain.calendar.SubmissionWindow;
import cn.jast.plan.domain.calendar.WorkingDayCalendar;

/**
 * What a corrected plan-year file changes against the stored one: categories and sub-projects
 * (added, removed, any of their data), quota groups, the submission window, the thresholds, the
 * review settings, the mutually exclusive categories, and the calendar's holidays and make-up
 * working days, one {@link Change} each. Records are compared component by component, so a field
 * added to the plan-year format later is compared without a change here.
 */
public record PlanYearChanges(List<Change> changes) {

    /**
     * One difference.
     *
     * @param what   {@code category}, {@code subProject}, {@code quota}, {@code window}, {@code threshold},
     *               {@code review}, {@code exclusiveCategories}, {@code holiday}, {@code workingWeekendDay},
     *               {@code calendar} or {@code plan}
     * @param key    what it is about: a code, a quota group key, a field name, a date
     * @param before the stored value; null when it is added
     * @param after  the corrected value; null when it is removed
     */
    public record Change(String what, String key, String before, String after) {
        public Change {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(key, "key");
        }
    }

    public PlanYearChanges {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes from {@code stored} to {@code corrected} (plan years of the same year). */
    public static PlanYearChanges between(PlanYear stored, PlanYear corrected) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "plan", "title", stored.title(), corrected.title());
        compare(changes, "plan", "guideReference", stored.guideReference(), corrected.guideReference());
        compare(changes, "plan", "zone", stored.zone(), corrected.zone());
        compare(changes, "plan", "eligibleSocietyTypes", new TreeSet<>(stored.eligibleSocietyTypes()),
                new TreeSet<>(corrected.eligibleSocietyTypes()));
        keyed(changes, "category", stored.categories(), corrected.categories(), Category::code, "subProjects");
        keyed(changes, "subProject", subProjects(stored), subProjects(corrected),
                s -> s.categoryCode() + "/" + s.code());
        keyed(changes, "quota", stored.quotaGroups(), corrected.quotaGroups(), QuotaGroup::key);
        window(changes, stored.window(), corrected.window());
        components(changes, "threshold", "", stored.thresholds(), corrected.thresholds(), Set.of());
        components(changes, "review", "", stored.review(), corrected.review(), Set.of());
        compare(changes, "exclusiveCategories", "sets", stored.mutuallyExclusiveCategories(),
                corrected.mutuallyExclusiveCategories());
        calendar(changes, stored.calendar(), corrected.calendar());
        return new PlanYearChanges(changes);
    }

    private static List<SubProject> subProjects(PlanYear plan) {
        return plan.categories().stream().flatMap(c -> c.subProjects().stream()).toList();
    }

    private static <T extends Record> void keyed(List<Change> changes, String what, List<T> stored, List<T> corrected,
                                                 Function<T, String> key, String... ignored) {
        Map<String, T> before = index(stored, key);
        Map<String, T> after = index(corrected, key);
        for (var e : before.entrySet()) {
            T now = after.get(e.getKey());
            if (now == null) {
                changes.add(new Change(what, e.getKey(), describe(e.getValue()), null));
            } else {
                components(changes, what, e.getKey() + ".", e.getValue(), now, Set.of(ignored));
            }
        }
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new Change(what, e.getKey(), null, describe(e.getValue())));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }

    private static void components(List<Change> changes, String what, String prefix, Record stored, Record corrected,
                                   Set<String> ignored) {
        for (RecordComponent c : stored.getClass().getRecordComponents()) {
            if (ignored.contains(c.getName())) {
                continue;
            }
            compare(changes, what, prefix + c.getName(), value(c, stored), value(c, corrected));
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static void window(List<Change> changes, SubmissionWindow stored, SubmissionWindow corrected) {
        compare(changes, "window", "opens", stored.opens(), corrected.opens());
        compare(changes, "window", "closes", stored.closes(), corrected.closes());
        compare(changes, "window", "paperCopyBy", stored.paperCopyBy(), corrected.paperCopyBy());
    }

    private static void calendar(List<Change> changes, WorkingDayCalendar stored, WorkingDayCalendar corrected) {
        compare(changes, "calendar", "firstDay", stored.firstDay(), corrected.firstDay());
        compare(changes, "calendar", "lastDay", stored.lastDay(), corrected.lastDay());
        days(changes, "holiday", stored.holidays(), corrected.holidays());
        days(changes, "workingWeekendDay", stored.workingWeekendDays(), corrected.workingWeekendDays());
    }

    private static <T> void days(List<Change> changes, String what, Set<T> stored, Set<T> corrected) {
        for (T day : stored) {
            if (!corrected.contains(day)) {
                changes.add(new Change(what, day.toString(), day.toString(), null));
            }
        }
        for (T day : corrected) {
            if (!stored.contains(day)) {
                changes.add(new Change(what, day.toString(), null, day.toString()));
            }
        }
    }

    private static void compare(List<Change> changes, String what, String key, Object stored, Object corrected) {
        if (!Objects.equals(describe(stored), describe(corrected))) {
            changes.add(new Change(what, key, describe(stored), describe(corrected)));
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Category c) {
            return c.code() + " " + c.name().zh();
        }
        if (value instanceof SubProject s) {
            return s.code() + " " + s.name().zh();
        }
        if (value instanceof QuotaGroup g) {
            return g.key() + " " + g.quota();
        }
        if (value instanceof java.math.BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
