package cn.jast.plan.web.application.print;

import java.util.Locale;
import java.util.ResourceBundle;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.application.Access;
import cn.jast.plan.web.application.Failures;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The printed 申报书 of one application, for the society that owns it and for the office (another
 * society, or an expert, is answered as for the JSON view: 404 and 403). The society prints a submitted
 * application, stamps it and posts it; its fingerprint (text and QR code) is what the office matches when
 * the paper copy arrives. A draft prints too, marked as a draft on every page and without a fingerprint.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrintService {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle(
            "cn.jast.plan.web.application.print.Print", Locale.SIMPLIFIED_CHINESE);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    /**
     * A PDF and the name to save it under: {@code fileName} in Chinese, {@code asciiFileName} for clients
     * that read only the plain {@code filename} of Content-Disposition.
     */
    public record Pdf(String fileName, String asciiFileName, byte[] bytes) {
    }

    /** The application's 申报书 as a PDF. */
    public Pdf pdf(String id) {
        Application a = access.ownedOrOffice(em, id);
        PlanYear plan = plans.plan(a.planYear());
        Society society = new SocietyRepository(em).find(a.society())
                .orElseThrow(() -> Failures.notFound("society " + a.society()));
        PrintedApplication doc = document(plan, a, society);
        String name = a.planYear() + "-" + doc.societyCode() + "-" + doc.applicationId();
        return new Pdf(TEXT.getString("file.prefix") + "-" + name + (doc.marked() ? "-" + doc.mark().word() : "") + ".pdf",
                "application-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + (doc.marked() ? "-" + a.state().name().toLowerCase(java.util.Locale.ROOT) : "")
                        + ".pdf",
                ApplicationPdf.render(doc));
    }

    static PrintedApplication document(PlanYear plan, Application a, Society society) {
        Category category = plan.category(a.category()).orElseThrow(() -> new IllegalStateException(
                "application " + a.id() + " is of category " + a.category() + ", unknown to plan year " + plan.year()));
        String subProject = a.subProject() == null ? null
                : category.subProject(a.subProject()).map(p -> p.name().zh()).orElse(a.subProject());
        String state = a.state().name();
        PrintedApplication.Mark mark = TEXT.containsKey("mark." + state)
                ? new PrintedApplication.Mark(TEXT.getString("mark." + state), TEXT.getString("markNote." + state))
                : null;
        return new PrintedApplication(plan.title().zh(), plan.guideReference(), a.content().title(),
                ApplicationPdf.chineseNumber(category.number()) + "、" + category.name().zh(), subProject,
                society.name(), society.id().value(), a.id().value(), TEXT.getString("state." + state),
                a.submittedAt() == null ? null : a.submittedAt().atZone(plan.zone()),
                a.fingerprint() == null ? null : a.fingerprint().hex(), mark,
                ContentSections.of(ApplicationJson.canonical(a.content())));
    }
}
