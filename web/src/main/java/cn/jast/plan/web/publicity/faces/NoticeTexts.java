package cn.jast.plan.web.publicity.faces;

import cn.jast.plan.domain.calendar.PublicityPeriod;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.faces.Texts;

import java.time.Instant;

/** How the public pages say a notice's kind, period (Beijing time, working days) and whether it runs. */
final class NoticeTexts {

    /** Where a notice stands at an instant. */
    enum Status { UPCOMING, RUNNING, OVER }

    private final Texts texts;

    NoticeTexts(Texts texts) {
        this.texts = texts;
    }

    static Status status(PublicityNotice n, Instant now) {
        PublicityPeriod p = n.period();
        if (p.isRunningAt(now)) {
            return Status.RUNNING;
        }
        return p.isOverAt(now) ? Status.OVER : Status.UPCOMING;
    }

    String kind(PublicityNotice n) {
        return texts.get("notice.kind." + n.kind().name());
    }

    /** From publication to 24:00 of the last working day, in the plan's zone, with the number of working days. */
    String period(PublicityNotice n, PlanYear plan) {
        PublicityPeriod p = n.period();
        Instant start = n.publishedAt().isAfter(p.firstDay().atStartOfDay(p.zone()).toInstant()) ? n.publishedAt()
                : p.firstDay().atStartOfDay(p.zone()).toInstant();
        return texts.format("notices.period", texts.dateTime(start, plan), texts.date(p.lastDay()), p.workingDays(),
                p.zone().getRules().getOffset(start).getId());
    }

    /** Why objections are or are not taken now. */
    String objectionWindow(PublicityNotice n, PlanYear plan, Instant now) {
        PublicityPeriod p = n.period();
        return switch (status(n, now)) {
            case RUNNING -> texts.format("notice.object.until", texts.date(p.lastDay()));
            case OVER -> texts.format("notice.object.over", texts.date(p.lastDay()));
            case UPCOMING -> texts.format("notice.object.upcoming", texts.date(p.firstDay()));
        };
    }
}
