package cn.jast.plan.benchmarks;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ScoredApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Allocating 100,000 scored applications to the 2021 quota groups (target: at most 50 ms on
 * 2 cores), beside a plain sort into quota groups by score alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class AllocationBenchmark {
    @Param("100000")
    public int applications;

    private PlanYear plan;
    private List<ScoredApplication> input;

    @Setup
    public void setUp() {
        plan = PlanYears.bundled(2021).orElseThrow();
        List<String[]> projects = new ArrayList<>();
        for (Category c : plan.categories()) {
            if (c.subProjects().isEmpty()) {
                projects.add(new String[] {c.code(), null});
            }
            for (SubProject s : c.subProjects()) {
                projects.add(new String[] {c.code(), s.code()});
            }
        }
        Random random = new Random(2021);
        Instant opens = plan.window().opensAt();
        input = new ArrayList<>(applications);
        for (int i = 0; i < applications; i++) {
            String[] p = projects.get(random.nextInt(projects.size()));
            // one decimal, so that ties are common and the tie-breaks are exercised
            double score = random.nextInt(1001) / 10.0;
            input.add(new ScoredApplication(String.format("A%07d", i), p[0], p[1], score,
                    opens.plusSeconds(random.nextInt(18 * 24 * 3600))));
        }
    }

    @Benchmark
    public List<AllocationOutcome> allocate() {
        return Allocation.allocate(plan, input);
    }

    /** Group by quota group and sort by score only: the floor allocation is compared with. */
    @Benchmark
    public int plainSortBaseline() {
        Map<String, List<ScoredApplication>> groups = new HashMap<>();
        for (ScoredApplication a : input) {
            QuotaGroup g = plan.quotaGroupOf(a.category(), a.subProject()).orElseThrow();
            groups.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(a);
        }
        int n = 0;
        for (List<ScoredApplication> g : groups.values()) {
            ScoredApplication[] arr = g.toArray(new ScoredApplication[0]);
            Arrays.sort(arr, Comparator.comparingDouble(ScoredApplication::score).reversed());
            n += arr.length;
        }
        return n;
    }
}
