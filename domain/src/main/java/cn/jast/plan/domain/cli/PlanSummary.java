package cn.jast.plan.domain.cli;

import cn.jast.plan.domain.calendar.WorkingDayCalendar;
import cn.jast.plan.domain.rules.GuideRule;
import cn.jast.plan.domain.rules.SubmissionRules;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.plan.SubProject;
/**
 * Prints what a plan year holds: categories, sub-projects, quotas and their total, the submission
 * window, the calendar and the rules. {@code java -jar jast-plan-domain.jar [year | plan-file.json]}.
 */
public final class PlanSummary {
    private PlanSummary() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String arg = args.length == 0 ? "2021" : args[0];
        PlanYear plan;
        try {
            plan = arg.matches("\\d{4}")
                    ? PlanYears.bundled(Integer.parseInt(arg)).orElseThrow(() ->
                            new IllegalArgumentException("no plan year " + arg + " in this jar; give a plan-year file"))
                    : PlanYearReader.read(Path.of(arg));
            SubmissionRules.forPlan(plan);
        } catch (RuntimeException e) {
            System.err.println("plan year not usable: " + e.getMessage());
            System.exit(2);
            return;
        }
        print(plan, out);
    }

    public static void print(PlanYear plan, PrintStream out) {
        out.println(plan.title().zh() + " (" + plan.guideReference() + ")");
        out.println(plan.title().en());
        out.println();
        out.printf("%-3s %-22s %-28s %6s  %s%n", "#", "category", "sub-project", "quota", "funded next year");
        for (Category c : plan.categories()) {
            out.printf("%-3d %-22s %-28s %6s  %s%n", c.number(), c.code(),
                    c.quotaHeldByCategory() && c.hasSubProjects() ? "(shared by its sub-projects)" : "",
                    c.quotaHeldByCategory() ? String.valueOf(c.quota()) : "", c.fundedNextYear() ? "yes" : "no");
            out.println("    " + c.name().zh() + " / " + c.name().en());
            for (SubProject s : c.subProjects()) {
                out.printf("    %-22s %-28s %6s%n", "", s.code(), s.quota() == null ? "" : String.valueOf(s.quota()));
            }
        }
        out.printf("%nTotal places: %d in %d quota groups%n", plan.totalQuota(), plan.quotaGroups().size());
        out.println();
        out.println("Submission (" + plan.zone() + "): from " + plan.window().opens() + " up to, not at, "
                + plan.window().closes() + "; paper copy before " + plan.window().paperCopyBy());
        WorkingDayCalendar cal = plan.calendar();
        out.println("Calendar " + cal.firstDay() + " .. " + cal.lastDay() + ": " + cal.holidays().size()
                + " holidays, " + cal.workingWeekendDays().size() + " make-up working days");
        List<String> samples = new ArrayList<>();
        LocalDate noticeDay = plan.window().closes().toLocalDate();
        samples.add("a notice published " + noticeDay + " runs " + plan.thresholds().publicityWorkingDays()
                + " working days to " + cal.nthWorkingDayFrom(noticeDay, plan.thresholds().publicityWorkingDays()));
        samples.forEach(s -> out.println("  e.g. " + s));
        out.println();
        out.println("Rules:");
        for (GuideRule r : SubmissionRules.catalogue().values()) {
            out.printf("  %-28s %-14s %s%n", r.id(), r.clause(), r.message(plan).zh());
        }
    }
}
