package cn.jast.plan.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditQuery;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The hash-chained audit log, for the office: the entries a filter selects, a page at a time and newest
 * first, read in the database; and a walk of the whole chain that says up to which entry it holds or
 * where it breaks.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    /** The most entries one page may hold. */
    public static final int MAX_PAGE = 1000;
    private static final int MAX_TEXT = 200;

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    /**
     * Which entries: each criterion given narrows them, null (or blank) leaves it open. The period is of
     * whole days in the plan year's zone (Beijing time for JAST), {@code from} and {@code to} both inclusive.
     *
     * @param actor      who acted, exactly (a user name, {@code system}, {@code demo-seed})
     * @param action     the action or its start ({@code review.} for every review step)
     * @param targetType what the entry is about ({@code Application}, {@code Society}, {@code PlanYear}, ...)
     * @param targetId   which one ({@code D21-02}, {@code S-0001}, {@code 2021})
     */
    public record Filter(String actor, String action, String targetType, String targetId, LocalDate from,
                         LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** One page of entries and how many the filter selects in all. */
    public record Page(List<LogEntry> entries, long total) {
    }

    /** The latest entries, newest first. */
    public List<LogEntry> latest(int limit) {
        return search(Filter.NONE, 0, limit).entries();
    }

    /**
     * The entries the filter selects, newest first, {@code first} skipped and at most {@code max} returned
     * (1 to {@value #MAX_PAGE}). A text longer than the log keeps (200) or a period that ends before it
     * starts is refused (InvalidInput naming the field), nothing read.
     */
    public Page search(Filter filter, int first, int max) {
        access.require(Roles.OFFICE);
        List<FieldError> bad = new ArrayList<>();
        if (first < 0) {
            bad.add(new FieldError("first", "must be 0 or more"));
        }
        if (max < 1 || max > MAX_PAGE) {
            bad.add(new FieldError("limit", "must be between 1 and " + MAX_PAGE));
        }
        text(bad, "actor", filter.actor());
        text(bad, "action", filter.action());
        text(bad, "targetType", filter.targetType());
        text(bad, "targetId", filter.targetId());
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            bad.add(new FieldError("to", "must not be before from (" + filter.from() + ")"));
        }
        if (!bad.isEmpty()) {
            throw InvalidInput.fields("The audit filter cannot be used: " + bad.get(0).field() + ": "
                    + bad.get(0).message(), bad);
        }
        ZoneId zone = plans.latest().zone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        AuditQuery query = new AuditQuery(filter.actor(), filter.action(), filter.targetType(), filter.targetId(),
                from, until);
        AuditLog log = new AuditLog(em);
        return new Page(log.search(query, first, max).stream().map(LogEntry::of).toList(), log.count(query));
    }

    /** Walks the whole chain (office): intact up to the last entry, or the first entry where it breaks and why. */
    public AuditVerification verify() {
        access.require(Roles.OFFICE);
        return new AuditLog(em).verify();
    }

    /** The zone the filter's days are read in (the latest plan year's). */
    public ZoneId zone() {
        return plans.latest().zone();
    }

    private static void text(List<FieldError> bad, String field, String value) {
        if (value != null && value.strip().length() > MAX_TEXT) {
            bad.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        } else if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
            bad.add(new FieldError(field, "must be one line without control characters"));
        }
    }

}
