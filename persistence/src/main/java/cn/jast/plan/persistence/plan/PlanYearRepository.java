package cn.jast.plan.persistence.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.persistence.support.Sha256;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The plan years the office has loaded. A file is checked by the domain's strict reader before it
 * is stored, and read again when it is loaded; parsed plan years and their rule books are kept by the
 * SHA-256 of their text, so one text gives one {@link PlanYear} instance and one {@link SubmissionRules}.
 */
public final class PlanYearRepository {
    private static final Map<String, SubmissionRules> RULES = new ConcurrentHashMap<>();

    private final EntityManager em;

    public PlanYearRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores a plan-year file, or replaces the stored one of its year (a corrected file); the file
     * is read first, and bound to its rule book, so a file the reader or the rule book refuses is never stored.
     *
     * @throws cn.jast.plan.domain.plan.PlanFileException naming line and field of what is wrong
     */
    public PlanYear store(String json, String sourceName, String storedBy, Instant at) {
        PlanYear plan = rulesOf(json, sourceName).plan();
        StoredPlanYear stored = em.find(StoredPlanYear.class, plan.year());
        if (stored == null) {
            em.persist(new StoredPlanYear(plan.year(), sourceName, json, storedBy, at));
        } else {
            stored.replace(sourceName, json, storedBy, at);
        }
        em.flush();
        return parsed(json, sourceName);
    }

    /** Stores the plan year shipped in the domain jar unless that year is stored already. */
    public PlanYear storeBundledIfAbsent(int year, String storedBy, Instant at) {
        Optional<PlanYear> stored = find(year);
        if (stored.isPresent()) {
            return stored.get();
        }
        String resource = "/plans/plan-" + year + ".json";
        try (InputStream in = PlanYear.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoSuchElementException("no plan year " + year + " is shipped in the domain jar");
            }
            return store(new String(in.readAllBytes(), StandardCharsets.UTF_8), "plan-" + year + ".json", storedBy, at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Optional<StoredPlanYear> findStored(int year) {
        return Optional.ofNullable(em.find(StoredPlanYear.class, year));
    }

    public Optional<PlanYear> find(int year) {
        return findStored(year).map(s -> parsed(s.json(), s.sourceName()));
    }

    /** The plan year, which must have been stored. */
    public PlanYear require(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException(
                "plan year " + year + " has not been loaded; the office stores its plan-year file first"));
    }

    /**
     * Locks the stored plan year's row until the transaction ends. Submissions that read other
     * societies' applications (LIMIT-4: one event, one sub-project, whoever declares it) take it
     * before the society's lock, so that such checks run one at a time.
     */
    public void lock(int year) {
        StoredPlanYear s = em.find(StoredPlanYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NoSuchElementException("plan year " + year + " has not been loaded");
        }
    }

    public List<Integer> years() {
        return em.createQuery("SELECT p.planYear FROM StoredPlanYear p ORDER BY p.planYear", Integer.class).getResultList();
    }

    /**
     * The rule book of the stored plan year, built once per stored text (the cache is keyed by the
     * text's SHA-256, which is all this reads when the text is known): a corrected plan year gets its
     * own rule book at its first use, on every instance.
     */
    public Optional<SubmissionRules> rules(int year) {
        List<String> sha = em.createQuery("SELECT p.sha256 FROM StoredPlanYear p WHERE p.planYear = :y", String.class)
                .setParameter("y", year).getResultList();
        if (sha.isEmpty()) {
            return Optional.empty();
        }
        SubmissionRules known = RULES.get(sha.get(0));
        if (known != null) {
            return Optional.of(known);
        }
        return findStored(year).map(s -> rulesOf(s.json(), s.sourceName()));
    }

    /** The rule book of a plan year that must have been stored. */
    public SubmissionRules requireRules(int year) {
        return rules(year).orElseThrow(() -> new NoSuchElementException(
                "plan year " + year + " has not been loaded; the office stores its plan-year file first"));
    }

    private static PlanYear parsed(String json, String sourceName) {
        return rulesOf(json, sourceName).plan();
    }

    private static SubmissionRules rulesOf(String json, String sourceName) {
        return RULES.computeIfAbsent(Sha256.hex(json),
                k -> SubmissionRules.forPlan(PlanYearReader.read(json, sourceName)));
    }
}
