package cn.jast.plan.demo;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import cn.jast.plan.web.clock.ClockResume;
import cn.jast.plan.web.security.Roles;

/**
 * Who acts, and at what instant, while the demo is seeded through the application services: a society's
 * secretary ({@code s0001}, ...) or the office at an instant of the plan calendar. It holds for the
 * seeding thread only, for the duration of one call ({@link #as}); every other thread, and the seeding thread
 * outside such a call, sees the logged-in caller and the application's clock ({@link SeedingUser},
 * {@link SeedingClock}).
 *
 * @param user    the account's user name, as the audit log names it
 * @param role    one of {@link Roles}, or null for a visitor without an account
 * @param society the society of a SOCIETY account, else null
 * @param at      the instant the services read as now
 * @param newId   the id that what this call makes (a draft, a notice) is given ({@link SeedingIds}), or null
 *                for a random one
 */
record Acting(String user, String role, String society, Instant at, String newId) {
    private static final ThreadLocal<Acting> CURRENT = new ThreadLocal<>();

    Acting {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The programme office, under the seeding's own name ({@value ClockResume#SEED_ACTOR}): the demo has one
     * office account, {@code office}, and its audit log shows under that name only what the office did during
     * the demo (the office's pages and their tests filter the log by it).
     */
    static Acting office(Instant at) {
        return new Acting(ClockResume.SEED_ACTOR, Roles.OFFICE, null, at, null);
    }

    /** The demo account of society {@code S-0001} ... {@code S-0012} ({@code s0001} ...). */
    static Acting society(String code, Instant at) {
        return new Acting("s" + code.substring(2), Roles.SOCIETY, code, at, null);
    }

    /** An expert's demo account ({@code expert1}, {@code expert2}). */
    static Acting expert(String user, Instant at) {
        return new Acting(user, Roles.EXPERT, null, at, null);
    }

    /** A member of the public, without an account, as the public notice page's visitor. */
    static Acting visitor(Instant at) {
        return new Acting("anonymous", null, null, at, null);
    }

    /** The same user at the same instant, what they make in the call given {@code id}. */
    Acting naming(String id) {
        return new Acting(user, role, society, at, id);
    }

    /** Whether this is a visitor without an account. */
    boolean anonymous() {
        return role == null;
    }

    /** Runs {@code work} as this user at this instant, on this thread. */
    <T> T as(Supplier<T> work) {
        Acting outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    void run(Runnable work) {
        as(() -> {
            work.run();
            return null;
        });
    }

    static Optional<Acting> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
