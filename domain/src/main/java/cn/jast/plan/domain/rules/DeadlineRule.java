package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.calendar.SubmissionWindow;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;

import java.time.LocalDateTime;

/**
 * DEADLINE-1, V.2: 项目申报时间为 2021 年 5 月 10 日至 31 日。5 月 28 日 17:00 前，提交电子版《申报书》
 * （5 月 28 日 17:00 时关闭项目申报系统）。
 * The window is read in the plan's zone: open from its opening instant up to, but not at, its
 * closing one (16:59:59.999 passes, 17:00:00.000 fails).
 */
public final class DeadlineRule extends GuideRule {
    public DeadlineRule() {
        super("DEADLINE-1", "V.2");
    }

    @Override
    public LocalizedText message(PlanYear plan) {
        SubmissionWindow w = plan.window();
        return LocalizedText.of(
                "项目申报时间为 " + zh(w.opens()) + "起；" + zh(w.closes()) + " 前提交电子版《申报书》（"
                        + zh(w.closes()) + " 时关闭项目申报系统）",
                "Electronic applications are accepted from " + w.opens() + " up to, but not at, " + w.closes()
                        + " (" + w.zone() + " time), when the system closes.");
    }

    @Override
    public boolean isMetBy(RuleContext c) {
        return c.at() != null && c.plan().window().isOpenAt(c.at());
    }

    private static String zh(LocalDateTime t) {
        return String.format("%d 年 %d 月 %d 日 %02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }
}
