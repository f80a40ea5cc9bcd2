package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When allocation may run (IV.2 评审立项): every application under review has as many score sheets as the
 * plan year asks experts per application, or the office has recorded an exception with a reason for it;
 * an application without any sheet cannot be ranked, exception or not.
 */
public final class AllocationGate {
    private AllocationGate() {
    }

    /** Why one application holds allocation back. */
    public record Blocker(String applicationId, int sheets, int required, boolean excepted) {
        public String reason() {
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
        Objects.requireNonNull(exceptions, "exceptions");
        int required = plan.review().expertsPerApplication();
        List<Blocker> out = new ArrayList<>();
        sheets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int n = e.getValue();
            String reason = exceptions.get(e.getKey());
            boolean excepted = reason != null && !reason.isBlank();
            if (n == 0 || (n < required && !excepted)) {
                out.add(new Blocker(e.getKey(), n, required, excepted));
            }
        });
        return out;
    }
}
