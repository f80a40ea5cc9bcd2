package cn.jast.plan.web.society;

import java.time.Clock;
import java.util.List;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Societies and their profiles: the office sees all; a society's account only its own. */
@ApplicationScoped
@Transactional
public class SocietyService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    public List<Society> all() {
        access.require(Roles.OFFICE);
        return new SocietyRepository(em).all();
    }

    /** The society, for the office or its own account; anyone else gets 404. */
    public Society society(String code) {
        access.require(Roles.OFFICE, Roles.SOCIETY);
        if (!access.user().isOffice() && !access.user().societyCode().map(code::equals).orElse(false)) {
            throw Failures.notFound("society " + code);
        }
        return find(code);
    }

    /**
     * Replaces the profile, read from the API.md society JSON by the domain's reader.
     *
     * @param expectedVersion the version the caller read; null not to check
     * @param planYear        the plan year whose codes the profile is read against
     */
    /**
     * Replaces a society's profile. The category codes in it are checked against {@code planYear}, or
     * against the latest plan year the application knows when none is given.
     */
    public Society updateProfile(String code, String json, Long expectedVersion, Integer planYear) {
        access.require(Roles.OFFICE, Roles.SOCIETY);
        Society society = society(code);
        List<Integer> years = plans.years();
        PlanYear plan = plans.plan(planYear != null ? planYear : years.get(years.size() - 1));
        SocietyProfile profile;
        try {
            profile = SocietyJson.read(json == null ? "" : json, plan);
        } catch (InvalidInputException e) {
            throw Failures.invalid("society profile", e);
        }
        if (!code.equals(profile.code())) {
            throw Failures.invalid("code", "must be the society's code " + code);
        }
        if (expectedVersion != null && expectedVersion != society.version()) {
            throw new OptimisticLockException("society " + code + " is at version " + society.version());
        }
        String before = AuditSnapshots.of(society);
        society.updateProfile(profile);
        em.flush();
        new AuditLog(em).append(new AuditRecord(clock.instant(), access.actor(), "society.profile", "Society", code,
                before, AuditSnapshots.of(society)));
        return society;
    }

    private Society find(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw Failures.notFound("society " + code);
        }
        return new SocietyRepository(em).find(new SocietyId(code))
                .orElseThrow(() -> Failures.notFound("society " + code));
    }
}
