package cn.jast.plan.web.probe;

import java.time.Clock;
import java.util.EnumSet;

import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.society.SocietyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Test fixtures: societies and accounts with known passwords, created through the persistence
 * repositories. Tests only.
 */
@ApplicationScoped
@Transactional
public class ProbeAccounts {

    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    public void society(String profileJson) {
        SocietyProfile profile = SocietyJson.read(profileJson, PlanYears.bundled(2021).orElseThrow());
        SocietyRepository societies = new SocietyRepository(em);
        if (societies.find(new SocietyId(profile.code())).isEmpty()) {
            societies.add(new Society(new SocietyId(profile.code()), profile.name(), profile));
        }
    }

    /** Stores a plan year (a later one than the bundled, for checks across plan years); idempotent by year. */
    public void plan(String planJson) {
        cn.jast.plan.persistence.plan.PlanYearRepository plans = new cn.jast.plan.persistence.plan.PlanYearRepository(em);
        cn.jast.plan.domain.plan.PlanYear plan = cn.jast.plan.domain.plan.PlanYearReader.read(planJson, "fixture");
        if (plans.find(plan.year()).isEmpty()) {
            plans.store(planJson, "fixture-plan-" + plan.year() + ".json", "fixture", clock.instant());
        }
    }

    public void account(String username, String password, Role role, String society) {
        AccountRepository accounts = new AccountRepository(em);
        if (accounts.find(username).isEmpty()) {
            accounts.add(new UserAccount(username, HASHER.hash(password.toCharArray()), EnumSet.of(role),
                    role == Role.SOCIETY ? society : null, clock.instant()));
        }
    }

    /**
     * Sets an account's password in the database only, as another instance of the application would:
     * this instance's memory of logins is not told (no {@code AccountLogins.forget}).
     */
    public void setPasswordBehindTheApplication(String username, String password) {
        new AccountRepository(em).find(username).orElseThrow()
                .setOneTimePassword(HASHER.hash(password.toCharArray()), clock.instant());
    }
}
