package cn.jast.plan.web.office;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.web.application.Revision;
import cn.jast.plan.persistence.application.ApplicationRevisions;
import cn.jast.plan.persistence.application.PaperCopies;
import cn.jast.plan.persistence.application.PaperCopyReceipt;
import cn.jast.plan.persistence.application.RuleContexts;
import cn.jast.plan.persistence.attachment.AttachmentStore;
import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.audit.LogEntry;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * One application's whole file for the office (issue #12 item 2): the application with its society,
 * its plan year (whose form renders the content), the attachments with their SHA-256 and size, the
 * saved versions, the paper copies received (matched or refused), its audit entries, and what the
 * submission rules say at the instant it was submitted. The application does not store the
 * evaluation of its submission: it is evaluated again here by the plan year's rule book at the
 * submission instant, beside the society's and the other societies' applications as stored now (as
 * {@link PlanService#correct} does), so a page must say so.
 */
@ApplicationScoped
@Transactional
public class ApplicationFileService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    /** The file; {@code evaluation} null before submission. */
    public record ApplicationFile(Application application, Society society, PlanYear plan,
                                 List<Attachment> attachments, List<Revision> revisions,
                                 List<PaperCopy> paperCopies, List<LogEntry> audit,
                                 Evaluation evaluation) {
    }

    /**
     * A stamped paper copy that reached the office, matched or not: the fingerprint printed on it, when it
     * arrived, who recorded it when, and the office's note (null where none).
     */
    public record PaperCopy(String printedFingerprint, Instant receivedAt, String recordedBy, Instant recordedAt,
                            boolean matched, String note) {
        static PaperCopy of(PaperCopyReceipt r) {
            return new PaperCopy(r.printedFingerprint(), r.receivedAt(), r.recordedBy(), r.recordedAt(), r.matched(),
                    r.note());
        }
    }

    public ApplicationFile file(String id) {
        Application a = access.forOffice(em, id);
        SubmissionRules rules = plans.rules(a.planYear());
        Society society = new SocietyRepository(em).find(a.society()).orElseThrow();
        Evaluation evaluation = null;
        if (a.submittedAt() != null) {
            evaluation = rules.evaluate(RuleContexts.of(new ApplicationRepository(em), a, society.profile(),
                    rules.plan(), a.submittedAt()));
        }
        return new ApplicationFile(a, society, rules.plan(),
                new AttachmentStore(em).ofApplication(a.id().value()).stream().map(Attachment::of).toList(),
                new ApplicationRevisions(em).of(a.id()).stream().map(Revision::of).toList(),
                new PaperCopies(em).receiptsOf(a.id()).stream().map(PaperCopy::of).toList(),
                new AuditLog(em).ofTarget("Application", a.id().value()).stream().map(LogEntry::of).toList(),
                evaluation);
    }
}
