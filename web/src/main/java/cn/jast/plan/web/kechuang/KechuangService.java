package cn.jast.plan.web.kechuang;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck;
import cn.jast.plan.domain.kechuang.KechuangEntry;
import cn.jast.plan.domain.kechuang.KechuangFlag;
import cn.jast.plan.domain.kechuang.KechuangListReader;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.kechuang.KechuangRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.review.ReserveService;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * The 科创江苏 cross-check (LIMIT-5, II.3.5). The office imports the 科创江苏 list of a plan year; it replaces the
 * year's list whole, and every application of the year from submission on (not a draft, not withdrawn) whose
 * society and normalised title are those of an entry is flagged ({@link KechuangCrossCheck}). A flagged
 * application is not reviewed ({@code ReviewService} refuses assignment and scoring, allocation waits) until the
 * office decides on the flag with a reason: not the same project clears it; the same project refuses the
 * application ({@link Application#rejectAsAlsoInKechuangJiangsu}, to {@code REJECTED}), and a place it held goes
 * to the reserve list. An import adds flags and never removes one: a match already flagged (same application,
 * same listed society and title) keeps its flag and its decision. Every step is audited.
 */
@ApplicationScoped
@Transactional
public class KechuangService {

    /** The media type of an Excel workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** States in which an application is already out of the plan: "the same project" is recorded, nothing else. */
    private static final Set<ApplicationState> ALREADY_OUT = EnumSet.of(LAPSED, REJECTED, WITHDRAWN, TERMINATED,
            FUNDING_CANCELLED);

    /** States that hold a place of the quota and free it when refused. */
    private static final Set<ApplicationState> HOLDS_PLACE = EnumSet.of(RECOMMENDED, IN_PUBLICITY);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    ReserveService reserve;

    @Inject
    Clock clock;

    /** The file's format. */
    public enum Format {
        CSV,
        XLSX
    }

    /** What an import did: the list's size, the flags it raised, and every flag of the year after it. */
    public record Imported(int year, int entries, String sha256, List<KechuangFlag> raised, List<KechuangFlag> flags) {
    }

    /** A decision with the application as it stands after it. */
    public record Decided(KechuangFlag flag, Application application) {
    }

    /** A flag with its application's state, for the office's list. */
    public record FlagWithState(KechuangFlag flag, ApplicationState applicationState) {
    }

    /**
     * Imports the plan year's 科创江苏 list from a file and cross-checks the year's applications. A bad file is
     * refused whole (400 naming row and column) and changes nothing.
     */
    public Imported importList(int year, Format format, byte[] file) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        if (file == null || file.length == 0) {
            throw Failures.invalid("file", "is empty: send the 科创江苏 list as CSV or XLSX");
        }
        List<KechuangEntry> entries;
        try {
            entries = KechuangListReader.entries(format == Format.CSV ? KechuangListReader.csvRows(file)
                    : XlsxRows.of(file));
        } catch (InvalidInputException e) {
            throw InvalidInput.fields("The 科创江苏 list cannot be read: " + e.getMessage(), e.errors());
        }
        Instant now = clock.instant();
        String sha256 = sha256(file);
        KechuangRepository repo = new KechuangRepository(em);
        repo.replaceList(year, entries, access.actor(), now);
        audit.record(now, "kechuang.import", "PlanYear", Integer.toString(year), null,
                JsonWriter.write(w -> w.field("format", format).field("entries", entries.size()).field("sha256", sha256)));

        List<KechuangFlag> existing = repo.flags(year);
        List<KechuangFlag> raised = new ArrayList<>();
        for (Application a : new ApplicationRepository(em).ofPlanYear(year)) {
            if (a.state() == DRAFT || a.state() == WITHDRAWN) {
                continue;
            }
            Society society = em.find(Society.class, a.society().value());
            KechuangCrossCheck.Candidate candidate = new KechuangCrossCheck.Candidate(plan, a.id().value(),
                    a.society().value(), society == null ? null : society.name(), a.content().title(), entries);
            for (KechuangCrossCheck.Match m : KechuangCrossCheck.matches(candidate)) {
                boolean known = existing.stream().anyMatch(f -> f.sameAs(a.id().value(), m))
                        || raised.stream().anyMatch(f -> f.sameAs(a.id().value(), m));
                if (known) {
                    continue;
                }
                KechuangFlag flag = KechuangFlag.raise("KJ-" + UUID.randomUUID(), year, a.id().value(), m, now);
                repo.add(flag);
                raised.add(flag);
                audit.record(now, "kechuang.flag", "Application", a.id().value(), null, json(flag));
            }
        }
        return new Imported(year, entries.size(), sha256, raised, repo.flags(year));
    }

    /** Every flag of the plan year with its application's state, oldest first. */
    public List<FlagWithState> flags(int year) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        return new KechuangRepository(em).flags(year).stream().map(f -> new FlagWithState(f,
                em.find(Application.class, f.applicationId()).state())).toList();
    }

    /** The plan year's list as last imported. */
    public List<KechuangEntry> list(int year) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        return new KechuangRepository(em).list(year);
    }

    /**
     * The office decides on one flag, with a reason. {@code THE_SAME_PROJECT} refuses the application (to
     * {@code REJECTED}; 409 once it is approved, as a running project is stopped through supervision instead); a
     * place it held goes to the next on the reserve list.
     */
    public Decided decide(String flagId, KechuangFlag.Decision decision, String reason) {
        access.require(Roles.OFFICE);
        KechuangRepository repo = new KechuangRepository(em);
        KechuangFlag flag = repo.flag(flagId).orElseThrow(() -> Failures.notFound("flag " + flagId));
        if (decision == null) {
            throw Failures.invalid("decision", "must be NOT_THE_SAME_PROJECT or THE_SAME_PROJECT");
        }
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "must say why the office decides so");
        }
        if (!flag.blocksReview()) {
            throw Failures.conflict("The flag " + flagId + " is already decided (" + flag.state() + ").");
        }
        Application a = em.find(Application.class, flag.applicationId());
        Instant now = clock.instant();
        AuditTrail.Batch records = audit.batch(now);
        String flagBefore = json(flag);
        if (decision == KechuangFlag.Decision.THE_SAME_PROJECT && !ALREADY_OUT.contains(a.state())) {
            boolean heldPlace = HOLDS_PLACE.contains(a.state());
            String before = AuditSnapshots.of(a);
            try {
                a.rejectAsAlsoInKechuangJiangsu(now);
            } catch (TransitionRefused e) {
                throw Conflict.refused(e);
            }
            records.add("application.rejectAsAlsoInKechuangJiangsu",
                    "Application", a.id().value(), before, AuditSnapshots.of(a));
            if (heldPlace) {
                reserve.fillVacancies(a, records);
            }
        }
        flag.decide(decision, reason, access.actor(), now);
        em.flush();
        audit.record(now, "kechuang.decide", "KechuangFlag", flag.id(), flagBefore, json(flag));
        records.write();
        return new Decided(flag, a);
    }

    private static String json(KechuangFlag f) {
        return JsonWriter.write(w -> w.field("application", f.applicationId()).field("row", f.listedRow())
                .field("societyCode", f.listedSocietyCode()).field("societyName", f.listedSocietyName())
                .field("title", f.listedTitle()).field("matchedBy", f.matchedBy()).field("state", f.state())
                .field("reason", f.reason()));
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
