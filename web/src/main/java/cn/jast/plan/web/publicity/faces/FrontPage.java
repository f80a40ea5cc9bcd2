package cn.jast.plan.web.publicity.faces;

import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.publicity.PublicityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;

/**
 * The front page's public notices (index.xhtml; what the system is and the plan year come from the header's
 * Countdown). Beside the other public notice pages, so that the pages' foundation, cn.jast.plan.web.faces,
 * does not depend on the publicity feature that depends on it.
 */
@Named
@RequestScoped
public class FrontPage {

    @Inject
    PublicityService publicity;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    /** A public notice as the front page lists it. */
    public record NoticeRow(String id, String title, String kind, String period, boolean running) {
    }

    private List<NoticeRow> notices;

    public List<NoticeRow> getNotices() {
        if (notices == null) {
            notices = publicity.notices().stream().map(this::row).toList();
        }
        return notices;
    }

    private NoticeRow row(PublicityNotice n) {
        return new NoticeRow(n.id(), n.title(), texts.get("notice.kind." + n.kind().name()),
                texts.format("notice.period", texts.date(n.period().firstDay()), texts.date(n.period().lastDay())),
                n.period().isRunningAt(clock.instant()));
    }
}
