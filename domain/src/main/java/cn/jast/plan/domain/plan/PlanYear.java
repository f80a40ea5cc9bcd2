package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.calendar.SubmissionWindow;
import cn.jast.plan.domain.calendar.WorkingDayCalendar;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.domain.support.LocalizedText;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One year of the plan (年度计划) as its guide fixes it: categories and sub-projects with their
 * quotas (II.1), who may apply (II.2), which categories exclude each other (II.3), the submission
 * window (V.2), the working-day calendar (IV.2) and the thresholds the conditions compare with
 * (III). Everything here is data read from a plan-year file ({@link PlanYearReader}); the rules
 * read it and hold no number of their own.
 */
public final class PlanYear {
    private final int year;
    private final LocalizedText title;
    private final String guideReference;
    private final Set<SocietyType> eligibleSocietyTypes;
    private final Map<String, Category> categories;
    private final Map<String, SubProject> subProjects;
    private final Map<String, QuotaGroup> quotaGroups;
    private final List<Set<String>> mutuallyExclusiveCategories;
    private final SubmissionWindow window;
    private final WorkingDayCalendar calendar;
    private final Thresholds thresholds;
    private final ReviewSettings review;
    private final PlanForms forms;
    private final ManagementSettings management;
    private final ReminderSchedule reminders;

    /**
     * A plan year without application forms (every form empty) and without settings for what follows
     * submission ({@link ManagementSettings#notConfigured}).
     */
    public PlanYear(int year, LocalizedText title, String guideReference, Set<SocietyType> eligibleSocietyTypes,
                    List<Category> categories, List<Set<String>> mutuallyExclusiveCategories,
                    SubmissionWindow window, WorkingDayCalendar calendar, Thresholds thresholds,
                    ReviewSettings review) {
        this(year, title, guideReference, eligibleSocietyTypes, categories, mutuallyExclusiveCategories, window,
                calendar, thresholds, review, PlanForms.none(year));
    }

    /** A plan year without settings for what follows submission ({@link ManagementSettings#notConfigured}). */
    public PlanYear(int year, LocalizedText title, String guideReference, Set<SocietyType> eligibleSocietyTypes,
                    List<Category> categories, List<Set<String>> mutuallyExclusiveCategories,
                    SubmissionWindow window, WorkingDayCalendar calendar, Thresholds thresholds,
                    ReviewSettings review, PlanForms forms) {
        this(year, title, guideReference, eligibleSocietyTypes, categories, mutuallyExclusiveCategories, window,
                calendar, thresholds, review, forms,
                ManagementSettings.notConfigured(thresholds.publicityWorkingDays()));
    }

    public PlanYear(int year, LocalizedText title, String guideReference, Set<SocietyType> eligibleSocietyTypes,
                    List<Category> categories, List<Set<String>> mutuallyExclusiveCategories,
                    SubmissionWindow window, WorkingDayCalendar calendar, Thresholds thresholds,
                    ReviewSettings review, PlanForms forms, ManagementSettings management) {
        this(year, title, guideReference, eligibleSocietyTypes, categories, mutuallyExclusiveCategories, window,
                calendar, thresholds, review, forms, management, ReminderSchedule.none());
    }

    /** A plan year with the reminders JAST sends before its deadlines ({@link ReminderSchedule}). */
    public PlanYear(int year, LocalizedText title, String guideReference, Set<SocietyType> eligibleSocietyTypes,
                    List<Category> categories, List<Set<String>> mutuallyExclusiveCategories,
                    SubmissionWindow window, WorkingDayCalendar calendar, Thresholds thresholds,
                    ReviewSettings review, PlanForms forms, ManagementSettings management,
                    ReminderSchedule reminders) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.year = year;
        this.forms = Objects.requireNonNull(forms, "forms");
        this.management = Objects.requireNonNull(management, "management");
        this.title = Objects.requireNonNull(title, "title");
        this.guideReference = Objects.requireNonNull(guideReference, "guideReference");
        this.eligibleSocietyTypes = Set.copyOf(eligibleSocietyTypes);
        this.window = Objects.requireNonNull(window, "window");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.review = Objects.requireNonNull(review, "review");
        Map<String, Category> byCode = new LinkedHashMap<>();
        Map<String, SubProject> subs = new HashMap<>();
        Map<String, QuotaGroup> groups = new LinkedHashMap<>();
        for (Category c : categories) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("category code " + c.code() + " is given twice");
            }
            if (c.quotaHeldByCategory()) {
                groups.put(c.code(), new QuotaGroup(c.code(), c.code(), null, c.name(), c.quota()));
            }
            for (SubProject s : c.subProjects()) {
                if (!s.categoryCode().equals(c.code())) {
                    throw new IllegalArgumentException("sub-project " + s.code() + " is filed under " + c.code()
                            + " but names " + s.categoryCode());
                }
                if (subs.put(s.code(), s) != null || byCode.containsKey(s.code())) {
                    throw new IllegalArgumentException("code " + s.code() + " is given twice");
                }
                if (!c.quotaHeldByCategory()) {
                    groups.put(s.code(), new QuotaGroup(s.code(), c.code(), s.code(), s.name(), s.quota()));
                }
            }
        }
        for (Set<String> group : mutuallyExclusiveCategories) {
            for (String code : group) {
                if (!byCode.containsKey(code)) {
                    throw new IllegalArgumentException("mutually exclusive categories name an unknown category: " + code);
                }
            }
        }
        this.categories = Collections.unmodifiableMap(byCode);
        this.subProjects = Collections.unmodifiableMap(subs);
        this.quotaGroups = Collections.unmodifiableMap(groups);
        List<Set<String>> exclusive = new ArrayList<>();
        for (Set<String> g : mutuallyExclusiveCategories) {
            exclusive.add(Set.copyOf(new HashSet<>(g)));
        }
        this.mutuallyExclusiveCategories = List.copyOf(exclusive);
        for (String code : management.funding().byProject().keySet()) {
            Category c = byCode.containsKey(code) ? byCode.get(code)
                    : subs.containsKey(code) ? byCode.get(subs.get(code).categoryCode()) : null;
            if (c == null) {
                throw new IllegalArgumentException("a funding amount names no category or sub-project: " + code);
            }
            if (!c.fundedNextYear()) {
                // II.1: 考核合格项目中一流学会和特色学会建设项目无经费资助
                throw new IllegalArgumentException("a funding amount is set for " + code + ", whose category "
                        + c.code() + " gets no money (II.1)");
            }
        }
    }

    public int year() {
        return year;
    }

    public LocalizedText title() {
        return title;
    }

    /** The document the plan year comes from, e.g. 苏科协发〔2021〕51号. */
    public String guideReference() {
        return guideReference;
    }

    public ZoneId zone() {
        return window.zone();
    }

    public Set<SocietyType> eligibleSocietyTypes() {
        return eligibleSocietyTypes;
    }

    /** The categories in the guide's order. */
    public List<Category> categories() {
        return List.copyOf(categories.values());
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code));
    }

    public Optional<SubProject> subProject(String code) {
        return Optional.ofNullable(code == null ? null : subProjects.get(code));
    }

    /** The quota groups in the guide's order. */
    public List<QuotaGroup> quotaGroups() {
        return List.copyOf(quotaGroups.values());
    }

    public Optional<QuotaGroup> quotaGroup(String key) {
        return Optional.ofNullable(key == null ? null : quotaGroups.get(key));
    }

    /**
     * The quota group an application competes in: its category's when the category holds the quota,
     * otherwise its sub-project's. Empty when the codes do not name one.
     */
    public Optional<QuotaGroup> quotaGroupOf(String categoryCode, String subProjectCode) {
        Category c = categoryCode == null ? null : categories.get(categoryCode);
        if (c == null) {
            return Optional.empty();
        }
        if (subProjectCode != null && c.subProject(subProjectCode).isEmpty()) {
            return Optional.empty();
        }
        if (c.quotaHeldByCategory()) {
            return Optional.of(quotaGroups.get(c.code()));
        }
        if (subProjectCode == null) {
            return Optional.empty();
        }
        return Optional.of(quotaGroups.get(subProjectCode));
    }

    /** Sets of categories of which one society may apply to at most one (LIMIT-1). */
    public List<Set<String>> mutuallyExclusiveCategories() {
        return mutuallyExclusiveCategories;
    }

    public SubmissionWindow window() {
        return window;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public ReviewSettings review() {
        return review;
    }

    /** The application forms of this plan year. */
    public PlanForms forms() {
        return forms;
    }

    /**
     * The form of an application to a category and, when given, one of its sub-projects; empty when
     * the codes name no category of this plan year or no sub-project of that category.
     */
    public Optional<FormDefinition> form(String categoryCode, String subProjectCode) {
        Category c = categoryCode == null ? null : categories.get(categoryCode);
        if (c == null) {
            return Optional.empty();
        }
        if (subProjectCode == null) {
            return Optional.of(forms.form(c, null));
        }
        return c.subProject(subProjectCode).map(s -> forms.form(c, s));
    }

    /** The review method, assessment requirements, mid-term policy and funding amounts (IV). */
    public ManagementSettings management() {
        return management;
    }

    /** When societies are reminded of the deadlines (JAST's choice; none when the file gives none). */
    public ReminderSchedule reminders() {
        return reminders;
    }

    /** All places of the plan year (481 in 2021). */
    public int totalQuota() {
        return quotaGroups.values().stream().mapToInt(QuotaGroup::quota).sum();
    }

    @Override
    public String toString() {
        return "PlanYear[" + year + ", " + categories.size() + " categories, " + totalQuota() + " places]";
    }
}
