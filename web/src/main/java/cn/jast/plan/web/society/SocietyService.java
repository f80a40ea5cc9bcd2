package cn.jast.plan.web.society;

import java.time.Clock;
import java.util.List;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.StaleVersion;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    AuditTrail audit;

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
     * The plan year whose codes a new profile of the society is read against: {@code planYear}, or the
     * latest plan year the application knows when none is given. 404 unless the caller is the office or
     * the society itself.
     */
    public PlanYear planForProfile(String code, Integer planYear) {
        society(code);
        return planYear != null ? plans.plan(planYear) : plans.latest();
    }

    /** Replaces a society's profile (read against {@link #planForProfile(String, Integer)}). */
    public Society updateProfile(String code, SocietyProfile profile, Long expectedVersion) {
        Society society = society(code);
        if (!code.equals(profile.code())) {
            throw Failures.invalid("code", "must be the society's code " + code);
        }
        StaleVersion.check("society " + code, society.version(), expectedVersion);
        String before = AuditSnapshots.of(society);
        society.updateProfile(profile);
        em.flush();
        audit.record(clock.instant(), "society.profile", "Society", code,
                before, AuditSnapshots.of(society));
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
