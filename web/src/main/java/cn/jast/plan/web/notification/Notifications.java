package cn.jast.plan.web.notification;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.notification.Notification;
import cn.jast.plan.persistence.notification.NotificationRepository;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The one way the other features queue a notification: called inside the transaction of the event (a
 * submission, a paper copy, ...), it writes one outbox row per recipient account in that transaction
 * ({@code MANDATORY}: there is no notification without its event, and no event without its notification).
 * Texts come from the bundle {@code cn.jast.plan.web.notification.mail} in the account's language
 * (zh unless it chose en). Each row's dedup key is the event's key and the account, so an event queued
 * twice (a retried request, a reminder run again) is queued once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    static final String BUNDLE = "cn.jast.plan.web.notification.mail";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlanService plans;

    /** The plan year's zone: the times in the texts are the plan's local times (V.2: Beijing time in 2021). */
    ZoneId zone(int year) {
        return plans.plan(year).zone();
    }

    /** The submission receipt (V.2), to the society's accounts: the instant and the fingerprint. */
    public void submissionReceipt(Application a) {
        Instant at = a.submittedAt();
        String key = "receipt:" + a.id().value() + ":" + a.fingerprint().hex();
        toSociety(a.society().value(), "RECEIPT", key, a.content().title(), a.id().value(),
                LOCAL.format(at.atZone(zone(a.planYear()))), at.toString(), a.fingerprint().hex());
    }

    /** The office recorded the stamped paper copy (V.1, V.2): taken, or kept as refused with the reason. */
    public void paperCopyRecorded(Application a, String receiptId, boolean matched, String reasonZh, String reasonEn) {
        String key = "paper:" + receiptId;
        if (matched) {
            toSociety(a.society().value(), "PAPER_COPY", key, a.content().title(), a.id().value(),
                    LOCAL.format(a.paperCopyReceivedAt().atZone(zone(a.planYear()))));
        } else {
            for (UserAccount u : new AccountRepository(em).ofSociety(a.society().value())) {
                String reason = "en".equals(u.language()) ? reasonEn : reasonZh;
                queue(u, "PAPER_COPY_REFUSED", key, a.content().title(), a.id().value(), reason);
            }
        }
    }

    /**
     * A notice (公示, IV.2) names the application: its society is told the notice's title and period, in which
     * objections may be lodged, and, for the assessment results, the result. One per notice and application.
     */
    public void noticeOpened(PublicityNotice notice, Application a, Boolean passed) {
        var period = notice.period();
        String key = "notice:" + notice.id() + ":" + a.id().value();
        if (notice.kind() == NoticeKind.ASSESSMENT_RESULTS && passed != null) {
            toSociety(a.society().value(), "NOTICE_RESULT", key, notice.title(), a.content().title(), a.id().value(),
                    period.firstDay().toString(), period.lastDay().toString(), period.workingDays(), passed ? 1 : 0);
        } else {
            toSociety(a.society().value(), "NOTICE", key, notice.title(), a.content().title(), a.id().value(),
                    period.firstDay().toString(), period.lastDay().toString(), period.workingDays());
        }
    }

    /** The mid-term evaluation's result (IV.2) to the society: passed, or what follows the failure. */
    public void midTermResult(Application a, AssessmentResult result) {
        // what follows, as the plan year's mid-term policy decided it: 0 goes on, 1 rectifies first, 2 stops
        int next = switch (a.state()) {
            case RECTIFICATION_REQUIRED -> 1;
            case TERMINATED -> 2;
            default -> 0;
        };
        toSociety(a.society().value(), "MIDTERM_RESULT", "midterm:" + result.id(), a.content().title(), a.id().value(),
                result.passed() ? 1 : 0, result.note() == null ? "" : result.note(), next);
    }

    /**
     * A reminder before a deadline to a society's accounts (see {@link ReminderService}). Each account's row is
     * locked before its key is looked up, so two instances running the reminders at once queue it once: the
     * second waits for the first to commit and then finds the key.
     */
    int reminder(String society, String kind, String key, Object... args) {
        List<String> accounts = new AccountRepository(em).ofSociety(society).stream().map(UserAccount::username).toList();
        return reminder(accounts, Set.of(), kind, key, args);
    }

    /**
     * The same for a whole run ({@link ReminderService}): the society's accounts and the keys queued already
     * ({@link #reminderKeys}) read once for every society, so that a run that finds everything queued (most
     * of them: the sender runs every few seconds) costs two reads, not two per society.
     */
    int reminder(List<String> accounts, Set<String> queuedAlready, String kind, String key, Object... args) {
        int queued = 0;
        for (String username : accounts) {
            if (!queuedAlready.contains(key + ":" + username)) {
                queued += remindOnce(username, kind, key, args);
            }
        }
        return queued;
    }

    /** The keys of the reminders queued already under a key prefix, in one read. */
    Set<String> reminderKeys(String prefix) {
        return new NotificationRepository(em).keysStartingWith(prefix);
    }

    /** Every society's account names per society code, in one read. */
    Map<String, List<String>> societyAccounts() {
        return new AccountRepository(em).usernamesBySociety();
    }

    /** A reminder to one account (an expert's outstanding scores), once, as {@link #reminder} does. */
    int reminderToAccount(String username, String kind, String key, Object... args) {
        return remindOnce(username, kind, key, args);
    }

    /**
     * Most runs find the reminder queued already and take no lock; one that does not locks the account's row,
     * looks again (another instance may have queued it meanwhile and committed) and queues it.
     */
    private int remindOnce(String username, String kind, String key, Object... args) {
        NotificationRepository outbox = new NotificationRepository(em);
        if (outbox.findByKey(key + ":" + username).isPresent()) {
            return 0;
        }
        return new AccountRepository(em).findAndLock(username).map(u -> queue(u, kind, key, args) ? 1 : 0).orElse(0);
    }

    /** To every office account. */
    public void toOffice(String kind, String key, Object... args) {
        for (UserAccount u : new AccountRepository(em).all()) {
            if (u.hasRole(Role.OFFICE)) {
                queue(u, kind, key, args);
            }
        }
    }

    /** To one account by name (an expert, say); nothing when there is no such account. */
    public void toAccount(String username, String kind, String key, Object... args) {
        new AccountRepository(em).find(username).ifPresent(u -> queue(u, kind, key, args));
    }

    private void toSociety(String society, String kind, String key, Object... args) {
        List<UserAccount> accounts = new AccountRepository(em).ofSociety(society);
        for (UserAccount u : accounts) {
            queue(u, kind, key, args);
        }
    }

    private boolean queue(UserAccount u, String kind, String key, Object... args) {
        Locale locale = "en".equals(u.language()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String subject = text(locale, kind + ".subject", args);
        String body = text(locale, kind + ".body", args);
        Instant now = clock.instant();
        // Due at once on the machine's clock: delivery runs on real time, whatever clock the plan year uses.
        return new NotificationRepository(em).queue(new Notification(key + ":" + u.username(), u.username(), u.email(),
                u.language(), kind, subject, body, now, Instant.now()));
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Notifications.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
