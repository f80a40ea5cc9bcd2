package cn.jast.plan.web.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanFileException;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearChanges;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.RuleContexts;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.plan.StoredPlanYear;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * The plan years: which are known, what each holds, (for the office) how each quota group fills, and
 * the office's correction of a plan year or its storing of the next one: a preview of what a file would
 * change, then the store. A plan year stored in the database (possibly a corrected
 * file) wins over the one shipped in the jar.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Set<ApplicationState> SUBMITTED_STATES = EnumSet.complementOf(
            EnumSet.of(DRAFT, WITHDRAWN));
    private static final Set<ApplicationState> RECOMMENDED_STATES = EnumSet.of(RECOMMENDED, IN_PUBLICITY);
    private static final Set<ApplicationState> APPROVED_STATES = EnumSet.of(APPROVED, MIDTERM_EVALUATED,
            RECTIFICATION_REQUIRED, FINAL_REPORT_FILED, PASSED, FAILED, FUNDED, COMPLETED_WITHOUT_FUNDING,
            FUNDING_CANCELLED, TERMINATED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanCatalog catalog;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jast.plans.max-bytes", defaultValue = "1048576")
    long maxFileBytes;

    /**
     * A corrected plan year as stored: its new version, the SHA-256 of its text, and what it changed.
     */
    public record Correction(PlanYear plan, long version, String sha256, PlanYearChanges changes) {
    }

    /** How one quota group fills. */
    public record QuotaUse(QuotaGroup group, int submitted, int underReview, int recommended, int approved) {
    }

    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(new PlanYearRepository(em).years());
        years.addAll(catalog.bundledYears());
        return List.copyOf(years);
    }

    /** The latest plan year the application knows (stored or shipped). */
    public PlanYear latest() {
        List<Integer> known = years();
        return plan(known.get(known.size() - 1));
    }

    /** The plan year, stored or shipped ({@link PlanCatalog}); 404 when there is none. */
    public PlanYear plan(int year) {
        return rules(year).plan();
    }

    /** The plan year's rule book ({@link PlanCatalog}); 404 when there is no such plan year. */
    public SubmissionRules rules(int year) {
        return catalog.rules(year).orElseThrow(() -> Failures.notFound("plan year " + year));
    }

    /** Quota groups with their counts (office only). */
    public List<QuotaUse> quotas(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plan(year);
        Map<String, int[]> counts = new LinkedHashMap<>();
        plan.quotaGroups().forEach(g -> counts.put(g.key(), new int[4]));
        // counted by the database: the dashboard asks on every load, whatever the number of applications
        for (ApplicationRepository.Count n : new ApplicationRepository(em).countsOfPlanYear(year)) {
            plan.quotaGroupOf(n.category(), n.subProject()).ifPresent(g -> {
                int[] c = counts.get(g.key());
                int k = Math.toIntExact(n.count());
                if (SUBMITTED_STATES.contains(n.state())) {
                    c[0] += k;
                }
                if (n.state() == UNDER_REVIEW) {
                    c[1] += k;
                }
                if (RECOMMENDED_STATES.contains(n.state())) {
                    c[2] += k;
                }
                if (APPROVED_STATES.contains(n.state())) {
                    c[3] += k;
                }
            });
        }
        return plan.quotaGroups().stream().map(g -> {
            int[] c = counts.get(g.key());
            return new QuotaUse(g, c[0], c[1], c[2], c[3]);
        }).toList();
    }

    /**
     * What storing a plan-year file would do, shown before it is stored ({@link #preview}): the plan year as
     * the strict reader read it and the SHA-256 of its text; whether its year is new (nothing stored yet, so
     * it would be stored as the first version) or which version it would replace; what it changes against
     * that version; whether the stored version's submission window has opened, and then each submitted
     * application for which the rules would answer otherwise (non-empty: {@link #store} refuses it).
     */
    public record Preview(PlanYear plan, String sha256, boolean newYear, Long storedVersion, String storedSha256,
                          PlanYearChanges changes, boolean windowOpen, List<String> changedOutcomes) {
        public Preview {
            changedOutcomes = List.copyOf(changedOutcomes);
        }

        /** The file is the stored text itself: storing it changes nothing but the version. */
        public boolean sameAsStored() {
            return sha256.equals(storedSha256);
        }

        /** {@link #store} would take it (unless the stored version changes in between). */
        public boolean storable() {
            return changedOutcomes.isEmpty();
        }
    }

    /**
     * Where the strict reader stopped in a plan-year file: the service refuses such a file with an
     * {@code InvalidInput} whose one field is {@code field} (or {@code (file)} for a file that is not JSON)
     * and whose message is {@code line L, column C: problem}; {@link #of} reads it back for a page.
     */
    public record FileProblem(int line, int column, String field, String problem) {
        private static final java.util.regex.Pattern MESSAGE = java.util.regex.Pattern.compile(
                "line (\\d+), column (\\d+): (.*)", java.util.regex.Pattern.DOTALL);

        /** The problem a refusal of {@link #preview} or {@link #store} names, when the reader refused the file. */
        public static java.util.Optional<FileProblem> of(cn.jast.plan.domain.support.FieldError e) {
            var m = MESSAGE.matcher(e.message());
            return m.matches() ? java.util.Optional.of(new FileProblem(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), e.field(), m.group(3))) : java.util.Optional.empty();
        }

        String message() {
            return "line " + line + ", column " + column + ": " + problem;
        }
    }

    /** The stored plan-year file of a year, as the office stored it (or as the application stored the bundled one). */
    public record StoredFile(int year, String fileName, String text, String sha256, long version, Instant storedAt,
                             String storedBy) {
    }

    /** The largest plan-year file the office may upload, in bytes ({@code jast.plans.max-bytes}); a page shows it. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * A plan-year file as uploaded, as text: at most {@link #maxFileBytes} bytes of UTF-8 (a leading byte-order
     * mark dropped). Refused (InvalidInput naming {@code (file)}) when larger or not UTF-8.
     */
    public String text(byte[] file) {
        access.require(Roles.OFFICE);
        if (file == null || file.length == 0) {
            throw Failures.invalid("(file)", "the plan-year file is empty");
        }
        if (file.length > maxFileBytes) {
            throw Failures.invalid("(file)", "the plan-year file has " + file.length + " bytes; at most "
                    + maxFileBytes + " are taken");
        }
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Failures.invalid("(file)", "the plan-year file is not UTF-8 text");
        }
    }

    /**
     * What storing this plan-year file would do (office), storing nothing: the file is read by the strict
     * reader (refused as {@link FileProblem}: InvalidInput naming the field, with line and column) and bound
     * to its rule book, then compared with the stored version of its year. {@code year} is the year the
     * caller means (the REST address) or null to take the file's.
     */
    public Preview preview(Integer year, String text) {
        access.require(Roles.OFFICE);
        Candidate c = candidate(year, text);
        return c.preview(windowOpen(c), changedOutcomesIfOpen(c));
    }

    /**
     * The office stores a plan-year file: a corrected one as the new version of its year, a year not stored
     * yet (the next year's plan) as its first version; from then on the rule check, drafts and submissions
     * use it ({@link PlanCatalog}). The file is read and compared as {@link #preview} does. Refused (409,
     * nothing stored) once the submission window of the stored version has opened if, for any submitted
     * application of the year, the rules would answer otherwise than they did: its violations and warnings
     * evaluated at its submission instant, beside the society's other live applications, must stay the same.
     * A correction that only changes what no submission depended on (a later date, a quota, a holiday of the
     * autumn) goes through. Refused too when {@code expectedStoredSha256} is given and the stored version is
     * no longer the one previewed (someone stored another version in between).
     *
     * @param text                 the file as sent, stored as it is
     * @param expectedStoredSha256 the SHA-256 of the stored version the caller previewed against ({@code ""}
     *                             for a new year), or null not to check
     */
    public Correction store(Integer year, String text, String expectedStoredSha256) {
        access.require(Roles.OFFICE);
        Candidate c = candidate(year, text);
        if (expectedStoredSha256 != null && !expectedStoredSha256.equals(c.storedSha256() == null ? "" : c.storedSha256())) {
            throw Failures.conflict("The stored plan year " + c.plan().year() + " has changed since the preview;"
                    + " preview the file again. Nothing was stored.");
        }
        Instant now = clock.instant();
        List<String> changed = changedOutcomesIfOpen(c);
        if (!changed.isEmpty()) {
            throw Failures.conflict("The submission window opened on " + c.stored().plan().window().opens()
                    + "; the correction changes what the rules answer for submitted applications: "
                    + String.join("; ", changed) + ". Nothing was stored.");
        }
        int planYear = c.plan().year();
        PlanYearRepository repository = new PlanYearRepository(em);
        String before = repository.findStored(planYear).map(PlanService::snapshot).orElse(null);
        PlanYear stored = repository.store(text, "plan-" + planYear + ".json", access.actor(), now);
        StoredPlanYear row = repository.findStored(planYear).orElseThrow();
        audit.record(now, before == null ? "plan.add" : "plan.correct", "PlanYear", String.valueOf(planYear), before,
                "{\"version\":" + row.version() + ",\"sha256\":\"" + row.sha256() + "\",\"changes\":"
                        + c.changes().changes().size() + "}");
        return new Correction(stored, row.version(), row.sha256(), c.changes());
    }

    /** The plan-year file stored for the year (office), to download; 404 when the year has none stored. */
    public StoredFile file(int year) {
        access.require(Roles.OFFICE);
        StoredPlanYear s = new PlanYearRepository(em).findStored(year)
                .orElseThrow(() -> Failures.notFound("stored plan-year file " + year));
        return new StoredFile(s.year(), s.sourceName(), s.json(), s.sha256(), s.version(), s.storedAt(), s.storedBy());
    }

    /** A stored plan-year file without its text: which year, its title, version, SHA-256, when and by whom stored. */
    public record StoredVersion(int year, cn.jast.plan.domain.support.LocalizedText title, String fileName, long version,
                                String sha256, Instant storedAt, String storedBy) {
    }

    /** The plan-year files stored in the database, by year (office). */
    public List<StoredVersion> stored() {
        access.require(Roles.OFFICE);
        PlanYearRepository repository = new PlanYearRepository(em);
        List<StoredVersion> out = new ArrayList<>();
        for (int year : repository.years()) {
            StoredPlanYear s = repository.findStored(year).orElseThrow();
            out.add(new StoredVersion(year, repository.find(year).orElseThrow().title(), s.sourceName(), s.version(),
                    s.sha256(), s.storedAt(), s.storedBy()));
        }
        return out;
    }

    /** A file read and bound to its rule book, with the version it would replace (null for a new year). */
    private record Candidate(PlanYear plan, String sha256, SubmissionRules rules, SubmissionRules stored,
                             String storedSha256, Long storedVersion, PlanYearChanges changes) {
        Preview preview(boolean windowOpen, List<String> changedOutcomes) {
            return new Preview(plan, sha256, stored == null, storedVersion, storedSha256, changes, windowOpen,
                    changedOutcomes);
        }
    }

    private Candidate candidate(Integer year, String text) {
        String body = text == null ? "" : text;
        PlanYear read;
        try {
            read = PlanYearReader.read(body, year == null ? "plan-year file" : "plan-" + year + ".json");
        } catch (PlanFileException e) {
            FileProblem p = new FileProblem(e.line(), e.column(), e.field().isEmpty() ? "(file)" : e.field(), e.problem());
            throw InvalidInput.fields("The plan-year file cannot be read: " + e.getMessage(),
                    List.of(new FieldError(p.field(), p.message())));
        }
        if (year != null && read.year() != year) {
            throw Failures.invalid("year", "must be " + year + ", the plan year of the address, not " + read.year());
        }
        SubmissionRules rules;
        try {
            rules = SubmissionRules.forPlan(read);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("categories", e.getMessage());
        }
        PlanYearRepository repository = new PlanYearRepository(em);
        Optional<StoredPlanYear> row = repository.findStored(read.year());
        Optional<SubmissionRules> stored = catalog.rules(read.year());
        PlanYearChanges changes = stored.map(s -> PlanYearChanges.between(s.plan(), read))
                .orElse(new PlanYearChanges(List.of()));
        return new Candidate(read, cn.jast.plan.persistence.support.Sha256.hex(body), rules, stored.orElse(null),
                row.map(StoredPlanYear::sha256).orElse(null), row.map(StoredPlanYear::version).orElse(null), changes);
    }

    private boolean windowOpen(Candidate c) {
        return c.stored() != null && !clock.instant().isBefore(c.stored().plan().window().opensAt());
    }

    private List<String> changedOutcomesIfOpen(Candidate c) {
        if (!windowOpen(c)) {
            return List.of();
        }
        return changedOutcomes(c.plan().year(), c.stored(), c.rules());
    }

    private List<String> changedOutcomes(int year, SubmissionRules stored, SubmissionRules corrected) {
        ApplicationRepository applications = new ApplicationRepository(em);
        SocietyRepository societies = new SocietyRepository(em);
        List<String> changed = new ArrayList<>();
        for (Application a : applications.ofPlanYear(year)) {
            if (!SUBMITTED_STATES.contains(a.state()) || a.submittedAt() == null) {
                continue;
            }
            Society society = societies.find(a.society()).orElseThrow();
            Set<String> before = outcome(stored, applications, a, society, a.submittedAt());
            Set<String> after = outcome(corrected, applications, a, society, a.submittedAt());
            if (!before.equals(after)) {
                changed.add("application " + a.id().value() + " " + before + " -> " + after);
            }
        }
        return changed;
    }

    private static Set<String> outcome(SubmissionRules rules, ApplicationRepository applications, Application a,
                                       Society society, Instant at) {
        try {
            Evaluation e = rules.evaluate(RuleContexts.of(applications, a, society.profile(), rules.plan(), at));
            Set<String> outcome = new TreeSet<>();
            e.violations().forEach(v -> outcome.add(v.rule()));
            e.warnings().forEach(v -> outcome.add(v.rule() + " (warning)"));
            return outcome;
        } catch (RuntimeException unknownToThePlan) {
            return Set.of("cannot be evaluated: " + unknownToThePlan.getMessage());
        }
    }

    private static String snapshot(StoredPlanYear s) {
        return "{\"version\":" + s.version() + ",\"sha256\":\"" + s.sha256() + "\",\"storedBy\":\""
                + s.storedBy() + "\"}";
    }
}
