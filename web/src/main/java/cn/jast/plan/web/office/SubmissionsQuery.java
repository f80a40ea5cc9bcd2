package cn.jast.plan.web.office;

import java.util.List;
import java.util.Locale;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.web.refusal.Failures;

/**
 * What the office asks of the submissions table: the plan year, the filters (each null when not set),
 * one sort column and its direction. The same query pages the table and exports it, so an export holds
 * exactly what the table shows. Bad values are refused naming the parameter.
 *
 * @param id       part of the application number, case-insensitive
 * @param society  part of the society's name or code, case-insensitive
 * @param category the category's code, exactly
 * @param state    the lifecycle state, exactly
 * @param sort     the column to sort by ({@link #SORTABLE}); null: by application number
 */
public record SubmissionsQuery(int year, String id, String society, String category, ApplicationState state,
                               String sort, boolean descending) {

    /** The columns the database sorts by. */
    public static final List<String> SORTABLE = List.of("id", "society", "category", "state", "submittedAt",
            "paperCopyReceivedAt");

    private static final int MAX_TEXT = 200;

    public SubmissionsQuery {
        id = blankToNull(id, "id");
        society = blankToNull(society, "society");
        category = blankToNull(category, "category");
        sort = blankToNull(sort, "sort");
        if (sort != null && !SORTABLE.contains(sort)) {
            throw Failures.invalid("sort", "must be one of " + SORTABLE);
        }
    }

    public static SubmissionsQuery all(int year) {
        return new SubmissionsQuery(year, null, null, null, null, null, false);
    }

    /** Reads a state's name as sent (a link's parameter); refused naming {@code state} when unknown. */
    public static ApplicationState state(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("state", "must be one of " + List.of(ApplicationState.values()));
        }
    }

    private static String blankToNull(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > MAX_TEXT) {
            throw Failures.invalid(field, "must be at most " + MAX_TEXT + " characters");
        }
        return s.strip();
    }
}
