package cn.jast.plan.web.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * Every application of a plan year for the office (issue #12 item 2), filtered, sorted and paged by the
 * database: the page the table shows, the number of rows that match, and the whole filtered result for
 * an export ({@link SubmissionsExport}), read in batches of entities (cleared after each) into small rows.
 * The title lives in the application's content (JSON), not in a column: it is shown and exported, but
 * the database can neither filter nor sort by it.
 */
@ApplicationScoped
@Transactional
public class SubmissionsService {

    /** How many rows an export reads from the database at a time. */
    static final int BATCH = 500;

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    /** The rows of one page ({@code first} counted from 0). */
    public List<SubmissionRow> page(SubmissionsQuery query, int first, int size) {
        access.require(Roles.OFFICE);
        plans.plan(query.year());
        if (first < 0) {
            throw Failures.invalid("first", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw Failures.invalid("size", "must be between 1 and " + MAX_PAGE);
        }
        return rows(query, first, size);
    }

    /** How many applications match the filters. */
    public int count(SubmissionsQuery query) {
        access.require(Roles.OFFICE);
        plans.plan(query.year());
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Application a, Society s" + where(query), Long.class);
        bind(q, query);
        return Math.toIntExact(q.getSingleResult());
    }

    /** Every matching row in the query's order, in batches, to the consumer (an export). */
    public void each(SubmissionsQuery query, Consumer<SubmissionRow> consumer) {
        access.require(Roles.OFFICE);
        plans.plan(query.year());
        for (int first = 0; ; first += BATCH) {
            List<SubmissionRow> batch = rows(query, first, BATCH);
            batch.forEach(consumer);
            em.clear();
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    /** The export of every matching row with the given columns in the given language. */
    public SubmissionsExport.File export(SubmissionsQuery query, List<String> columns, Locale locale,
                                         SubmissionsExport.Format format) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(query.year());
        SubmissionsExport export = SubmissionsExport.of(plan, columns, locale);
        List<SubmissionRow> rows = new ArrayList<>();
        each(query, rows::add);
        return export.write(rows, format);
    }

    /** One application as a row of the table, by its number; empty when there is none. */
    public java.util.Optional<SubmissionRow> row(String id) {
        access.require(Roles.OFFICE);
        if (id == null || id.length() > 64) {
            return java.util.Optional.empty();
        }
        return em.createQuery("SELECT a, s.name FROM Application a, Society s WHERE s.code = a.societyCode"
                        + " AND a.id = :id", Object[].class).setParameter("id", id).getResultList().stream()
                .map(SubmissionsService::row).findFirst();
    }

    /**
     * One page of rows: the page's numbers first, sorted and cut by the database from the small columns only, then
     * those applications. (Sorting whole rows made Derby read and copy the content of every matching application
     * into its sort for each page: 32 ms a page at 1,000 stored, 387 ms at 10,000, issue #15 item 4.)
     */
    private List<SubmissionRow> rows(SubmissionsQuery query, int first, int size) {
        TypedQuery<String> page = em.createQuery("SELECT a.id FROM Application a, Society s" + where(query)
                + orderBy(query), String.class);
        bind(page, query);
        List<String> ids = page.setFirstResult(first).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, SubmissionRow> byId = new HashMap<>();
        em.createQuery("SELECT a, s.name FROM Application a, Society s WHERE s.code = a.societyCode AND a.id IN :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> byId.put(((Application) r[0]).id().value(), row(r)));
        List<SubmissionRow> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            SubmissionRow row = byId.get(id);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    private static SubmissionRow row(Object[] r) {
        Application a = (Application) r[0];
        return new SubmissionRow(a.id().value(), a.content().title(), a.society().value(), (String) r[1],
                a.category(), a.subProject(), a.state(), a.submittedAt(), a.paperCopyReceivedAt(),
                a.fingerprint() == null ? null : a.fingerprint().hex());
    }

    private static String where(SubmissionsQuery query) {
        StringBuilder w = new StringBuilder(" WHERE s.code = a.societyCode AND a.planYear = :year");
        if (query.id() != null) {
            w.append(" AND LOWER(a.id) LIKE :id ESCAPE '\\'");
        }
        if (query.society() != null) {
            w.append(" AND (LOWER(s.name) LIKE :society ESCAPE '\\' OR LOWER(a.societyCode) LIKE :society ESCAPE '\\')");
        }
        if (query.category() != null) {
            w.append(" AND a.category = :category");
        }
        if (query.state() != null) {
            w.append(" AND a.state = :state");
        }
        return w.toString();
    }

    private static String orderBy(SubmissionsQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        String column = query.sort() == null ? null : switch (query.sort()) {
            case "society" -> "s.name";
            case "category" -> "a.category";
            case "state" -> "a.state";
            case "submittedAt" -> "a.submittedAt";
            case "paperCopyReceivedAt" -> "a.paperCopyReceivedAt";
            default -> null;
        };
        return column == null ? " ORDER BY a.id" + direction : " ORDER BY " + column + direction + ", a.id";
    }

    private static void bind(TypedQuery<?> q, SubmissionsQuery query) {
        q.setParameter("year", query.year());
        if (query.id() != null) {
            q.setParameter("id", contains(query.id()));
        }
        if (query.society() != null) {
            q.setParameter("society", contains(query.society()));
        }
        if (query.category() != null) {
            q.setParameter("category", query.category());
        }
        if (query.state() != null) {
            q.setParameter("state", query.state());
        }
    }

    /** A LIKE pattern for "contains", the user's % and _ taken literally. */
    private static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
