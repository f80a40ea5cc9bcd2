package cn.jast.plan.domain.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The plan years shipped in this jar ({@code /plans/plan-YYYY.json}, listed in {@code /plans/index.txt}). */
public final class PlanYears {
    private PlanYears() {
    }

    /** The years whose plan files this jar ships, in ascending order. */
    public static List<Integer> bundledYears() {
        try (InputStream in = PlanYears.class.getResourceAsStream("/plans/index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Integer::valueOf).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /plans/index.txt", e);
        }
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
