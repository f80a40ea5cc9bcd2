package cn.jast.plan.web.security.probe;

import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.persistence.society.SocietyRepository;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Accounts the security tests log in with; the password of each is {@link #PASSWORD}. */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class ProbeAccounts {
    public static final String PASSWORD = "probe-secret-1";

    @PersistenceContext(unitName = "jastplan")
    EntityManager em;

    @PostConstruct
    void create() {
        SocietyRepository societies = new SocietyRepository(em);
        if (societies.find(new SocietyId("S-9001")).isEmpty()) {
            societies.add(new Society(new SocietyId("S-9001"), "江苏省探针学会", new SocietyProfile(null, null,
                    SocietyType.PROVINCIAL_SOCIETY, true, true, AnnualInspection.PASSED, List.of(), List.of(), true, true,
                    null, true, List.of(), List.of())));
        }
        AccountRepository accounts = new AccountRepository(em);
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash(PASSWORD.toCharArray());
        Instant now = Instant.parse("2021-05-01T00:00:00Z");
        add(accounts, new UserAccount("probe-office", hash, Set.of(Role.OFFICE), null, now));
        add(accounts, new UserAccount("probe-society", hash, Set.of(Role.SOCIETY), "S-9001", now));
        add(accounts, new UserAccount("probe-expert", hash, Set.of(Role.EXPERT), null, now));
        add(accounts, new UserAccount("probe-locked", hash, Set.of(Role.OFFICE), null, now));
    }

    private static void add(AccountRepository accounts, UserAccount account) {
        if (accounts.find(account.username()).isEmpty()) {
            accounts.add(account);
        }
    }
}
