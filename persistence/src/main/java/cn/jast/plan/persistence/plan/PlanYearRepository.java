package cn.jast.plan.persistence.plan;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

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

/**
 * The plan years the office has loaded. A file is checked by the domain's strict reader before it
 * is stored, and read again when it is loaded; parsed plan years are kept by the SHA-256 of their
 * text, so one text gives one {@link PlanYear} instance (rule books are bound to an instance).
 */
public final class PlanYearRepository {
    private static final Map<String, PlanYear> PARSED = new ConcurrentHashMap<>();

    private final EntityManager em;

    public PlanYearRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores a plan-year file, or replaces the stored one of its year (a corrected file); the file
     * is read first, so a file the reader refuses is never stored.
     *
     * @throws cn.jast.plan.domain.plan.PlanFileException naming line and field of what is wrong
     */
    public PlanYear store(String json, String sourceName, String storedBy, Instant at) {
        PlanYear plan = PlanYearReader.read(json, sourceName);
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

    private static PlanYear parsed(String json, String sourceName) {
        return PARSED.computeIfAbsent(cn.jast.plan.persistence.support.Sha256.hex(json),
                k -> PlanYearReader.read(json, sourceName));
    }
}
