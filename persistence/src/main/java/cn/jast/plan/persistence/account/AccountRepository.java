package cn.jast.plan.persistence.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user accounts. */
public final class AccountRepository {
    private final EntityManager em;

    public AccountRepository(EntityManager em) {
        this.em = em;
    }

    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /** The account with its row locked until the transaction ends (exact counting of failed logins). */
    public Optional<UserAccount> findAndLock(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<UserAccount> ofSociety(String societyCode) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.societyCode = :s ORDER BY u.username",
                UserAccount.class).setParameter("s", societyCode).getResultList();
    }

    /** The user names of every society's accounts, per society code, in one read (no account loaded). */
    public Map<String, List<String>> usernamesBySociety() {
        Map<String, List<String>> bySociety = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT u.societyCode, u.username FROM UserAccount u WHERE u.societyCode IS NOT NULL"
                + " ORDER BY u.username", Object[].class).getResultList()) {
            bySociety.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return bySociety;
    }

    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }
}
