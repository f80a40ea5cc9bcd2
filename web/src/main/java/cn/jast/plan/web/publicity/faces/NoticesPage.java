package cn.jast.plan.web.publicity.faces;

import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.publicity.PublicityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every public notice (public/notices.xhtml), no login: those running or about to run, then the past
 * ones, each with its kind, its period in Beijing time with its working days, and how many projects
 * it lists. What PublicityService.notices gives, newest first.
 */
@Named
@RequestScoped
public class NoticesPage {

    @Inject
    PublicityService publicity;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    /** A notice as the list shows it; {@code status} is UPCOMING, RUNNING or OVER. */
    public record Row(String id, String title, String kind, String period, String status, int projects) {
        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            NoticeTexts words = new NoticeTexts(texts);
            rows = publicity.notices().stream().map(n -> row(n, words, now)).toList();
        }
        return rows;
    }

    public List<Row> getCurrent() {
        return getRows().stream().filter(r -> !"OVER".equals(r.status())).toList();
    }

    public List<Row> getPast() {
        return getRows().stream().filter(r -> "OVER".equals(r.status())).toList();
    }

    private Row row(PublicityNotice n, NoticeTexts words, Instant now) {
        return new Row(n.id(), n.title(), words.kind(n), words.period(n, plans.plan(n.planYear())),
                NoticeTexts.status(n, now).name(), n.applicationIds().size());
    }
}
