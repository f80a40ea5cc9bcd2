package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When allocation may run (IV.2 评审立项): every application under review has as many score sheets as the
 * plan year asks experts per application, or the office has recorded an exception with a reason for it;
 * an application without any sheet cannot be ranked, exception or not; nor can one that matches the 科创江苏 list
 * before the office has decided on it (LIMIT-5, II.3.5).
 */
public final class AllocationGate {
    private AllocationGate() {
    }

    /** Why one application holds allocation back. */
    public record Blocker(String applicationId, int sheets, int required, boolean excepted, boolean crossCheckOpen) {
        public Blocker(String applicationId, int sheets, int required, boolean excepted) {
            this(applicationId, sheets, required, excepted, false);
        }

        public String reason() {
            if (crossCheckOpen) {
                return "matches the Kechuang Jiangsu list (LIMIT-5, II.3.5) and waits for the office's decision";
            }
            return sheets == 0 ? "has no score yet"
                    : "has " + sheets + " of " + required + " score sheets and no recorded exception";
        }
    }

    /**
     * @param sheets     application id to the number of score sheets handed in, for every application under review
     * @param exceptions application id to the office's recorded reason for allocating it with fewer sheets
     * @return every application that holds allocation back; empty when it may run
     */
    public static List<Blocker> blockers(PlanYear plan, Map<String, Integer> sheets, Map<String, String> exceptions) {
        return blockers(plan, sheets, exceptions, Set.of());
    }

    /**
     * As {@link #blockers(PlanYear, Map, Map)}, and besides every application under review that matches the
     * 科创江苏 list with no decision of the office yet (LIMIT-5, II.3.5), whatever its sheets: an exception does
     * not lift it.
     *
     * @param crossCheckOpen ids of the applications with an open 科创江苏 flag
     */
    public static List<Blocker> blockers(PlanYear plan, Map<String, Integer> sheets, Map<String, String> exceptions,
                                         Set<String> crossCheckOpen) {
        Objects.requireNonNull(exceptions, "exceptions");
        Objects.requireNonNull(crossCheckOpen, "crossCheckOpen");
        int required = plan.review().expertsPerApplication();
        List<Blocker> out = new ArrayList<>();
        sheets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int n = e.getValue();
            String reason = exceptions.get(e.getKey());
            boolean excepted = reason != null && !reason.isBlank();
            if (crossCheckOpen.contains(e.getKey())) {
                out.add(new Blocker(e.getKey(), n, required, excepted, true));
            } else if (n == 0 || (n < required && !excepted)) {
                out.add(new Blocker(e.getKey(), n, required, excepted));
            }
        });
        return out;
    }
}
