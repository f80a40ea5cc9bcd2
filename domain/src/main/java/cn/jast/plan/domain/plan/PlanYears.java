package cn.jast.plan.domain.plan;

import java.io.InputStream;
import java.util.Optional;

/** The plan years shipped in this jar ({@code /plans/plan-YYYY.json}). */
public final class PlanYears {
    private PlanYears() {
    }

    /** The plan year shipped in the jar for {@code year}, if there is one. */
    public static Optional<PlanYear> bundled(int year) {
        String resource = "/plans/plan-" + year + ".json";
        InputStream in = PlanYears.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        return Optional.of(PlanYearReader.read(in, "plan-" + year + ".json"));
    }
}
