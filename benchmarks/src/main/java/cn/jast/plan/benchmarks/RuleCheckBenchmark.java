package cn.jast.plan.benchmarks;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checking one application against every rule of submission (target: at most 1 µs on 2 cores),
 * beside a bare hand-written check of the same rules for scale.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RuleCheckBenchmark {
    private SubmissionRules rules;
    private RuleContext context;

    @Setup
    public void setUp() {
        PlanYear plan = PlanYears.bundled(2021).orElseThrow();
        rules = SubmissionRules.forPlan(plan);
        SocietyProfile society = new SocietyProfile("S-0001", "江苏省示例学会", SocietyType.PROVINCIAL_SOCIETY, true,
                List.of(new cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation(2020)),
                List.of(new cn.jast.plan.domain.society.SocietyFacts.InspectionResult(2020, AnnualInspection.PASSED)),
                List.of(), List.of(), true, true, new Staff(4, 3), true, List.of(), List.of());
        Event event = new Event("E-1", "2021 示例学术年会", LocalDate.of(2021, 10, 15), LocalDate.of(2021, 10, 17), true,
                HostRole.HOST, true, 300, 20, 6);
        ApplicationContent application = new ApplicationContent("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND", "年会", true,
                event, null, null, null, null, null, List.of(AttachmentKind.WORK_PLAN));
        ApplicationContent other1 = new ApplicationContent("MEMBERS_HOME", null, "会员之家", true, null, null, null,
                null, null, null, List.of());
        Event otherEvent = new Event("E-2", "高端论坛", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 2), true,
                HostRole.HOST, false, 200, 0, 0);
        ApplicationContent other2 = new ApplicationContent("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END", "论坛", true,
                otherEvent, null, null, null, null, null, List.of());
        context = new RuleContext(plan, society, application, List.of(other1, other2),
                Instant.parse("2021-05-20T02:00:00Z"));
        if (!rules.evaluate(context).admissible()) {
            throw new IllegalStateException("the benchmark application should be admissible");
        }
    }

    @Benchmark
    public Evaluation checkAllRules() {
        return rules.evaluate(context);
    }

    /** The same tests written inline with no rule objects: the floor a rule engine is compared with. */
    @Benchmark
    public int handWrittenBaseline() {
        RuleContext c = context;
        SocietyProfile s = c.society();
        ApplicationContent a = c.application();
        PlanYear p = c.plan();
        int broken = 0;
        if (s.type() != SocietyType.PROVINCIAL_SOCIETY || !Boolean.TRUE.equals(s.affiliatedToJast())) broken |= 1;
        int lastYear = p.year() - 1;
        if (s.capabilityEvaluations() == null || s.capabilityEvaluations().stream().noneMatch(e -> e.year() != null && e.year() == lastYear)
                || s.annualInspections() == null || s.annualInspections().stream().noneMatch(i -> i.year() != null && i.year() == lastYear)
                || s.annualInspections().stream().anyMatch(i -> i.year() != null && i.year() == lastYear && i.result() != AnnualInspection.PASSED)) broken |= 2;
        if (s.integrityIncidents() == null || !s.integrityIncidents().isEmpty()) broken |= 4;
        if (s.failedAssessments() == null || !s.failedAssessments().isEmpty()) broken |= 8;
        for (ApplicationContent o : c.otherApplications()) {
            if (o.category().equals(a.category()) && a.subProject().equals(o.subProject())) broken |= 16;
            if (o.event() != null && a.event().code().equals(o.event().code()) && !a.subProject().equals(o.subProject())) broken |= 32;
        }
        if (!Boolean.TRUE.equals(a.declaredNotInKechuangJiangsu())) broken |= 64;
        if (!p.window().isOpenAt(c.at())) broken |= 128;
        Event e = a.event();
        if (e.hostRole() != HostRole.HOST && e.hostRole() != HostRole.CO_HOST) broken |= 256;
        if (!Boolean.TRUE.equals(e.inJiangsu()) || e.endDate().isAfter(p.thresholds().eventsCompletedBy())) broken |= 512;
        if (Boolean.TRUE.equals(e.international()) && e.plannedForeignParticipants() * 100 < 5 * e.plannedParticipants()) broken |= 1024;
        if (Boolean.TRUE.equals(e.international()) && e.plannedForeignCountries() < 5) broken |= 2048;
        return broken;
    }
}
