package cn.jast.plan.web.assessment.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.plan.PlanDeadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The office's approved projects of the current plan year (office/projects.xhtml): each with its state and
 * what the office does next (the mid-term evaluation, the final assessment, the funds to book), and the
 * plan year's funding list (IV.2: the projects funded the next year, with the amount the plan year sets).
 */
@Named
@RequestScoped
public class ProjectsPage {

    @Inject
    ApplicationService applications;

    @Inject
    FundingService funding;

    @Inject
    PlanDeadlines deadlines;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** A project and the office's next step on it. */
    public record Row(String id, String title, String society, String category, String state, String next,
                      boolean due) {
    }

    /** A line of the funding list. */
    public record FundedRow(String id, String title, String society, String year, String amount) {
    }

    private PlanYear plan;
    private List<Row> rows;
    private List<FundedRow> funded;
    private BigDecimal total = BigDecimal.ZERO;

    private PlanYear plan() {
        if (plan == null) {
            plan = deadlines.current().orElse(null);
        }
        return plan;
    }

    public boolean isAvailable() {
        return plan() != null;
    }

    public int getYear() {
        return plan().year();
    }

    public List<Row> getRows() {
        if (rows == null) {
            Map<String, String> names = applications.societyNames();
            rows = applications.list(plan().year(), null).stream().filter(a -> a.state().isProject())
                    .map(a -> row(a, names)).toList();
        }
        return rows;
    }

    private Row row(Application a, Map<String, String> names) {
        String next = switch (a.state()) {
            case APPROVED -> "assess.next.midterm";
            case FINAL_REPORT_FILED -> "assess.next.final";
            case FUNDED -> "assess.next.funds";
            case MIDTERM_EVALUATED, RECTIFICATION_REQUIRED -> "assess.next.society";
            default -> "assess.next.none";
        };
        boolean due = a.state() == ApplicationState.APPROVED || a.state() == ApplicationState.FINAL_REPORT_FILED
                || a.state() == ApplicationState.FUNDED;
        return new Row(a.id().value(), a.content().title(), names.getOrDefault(a.society().value(), a.society().value()),
                plan().category(a.category()).map(c -> language.text(c.name())).orElse(a.category()),
                texts.get("state." + a.state().name()), texts.get(next), due);
    }

    public List<FundedRow> getFunded() {
        if (funded == null) {
            total = BigDecimal.ZERO;
            funded = funding.fundingList(plan().year()).stream().map(f -> {
                if (f.funding().amount() != null) {
                    total = total.add(f.funding().amount());
                }
                return new FundedRow(f.application().id().value(), f.application().content().title(), f.societyName(),
                        String.valueOf(f.funding().decision().fundingYear()),
                        f.funding().amount() == null ? texts.get("assess.funding.noAmount")
                                : texts.money(f.funding().amount()));
            }).toList();
        }
        return funded;
    }

    public String getTotal() {
        getFunded();
        return texts.money(total);
    }
}
