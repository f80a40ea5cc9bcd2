package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Expert assignments and scores. An expert scores only what is assigned to them and not declined. */
public final class ReviewRepository {
    private final EntityManager em;

    public ReviewRepository(EntityManager em) {
        this.em = em;
    }

    /** Assigns; assigning the same expert twice to one application fails (unique key). */
    public ExpertAssignmentRow assign(ExpertAssignment assignment) {
        ExpertAssignmentRow row = new ExpertAssignmentRow(assignment);
        em.persist(row);
        em.flush();
        return row;
    }

    public Optional<ExpertAssignmentRow> assignment(String applicationId, String expert) {
        return Optional.ofNullable(em.find(ExpertAssignmentRow.class, new ExpertAssignmentRow.Key(applicationId, expert)));
    }

    /** The expert declines for a conflict of interest; they can then no longer score it. */
    public void decline(String applicationId, String expert, String reason, Instant at) {
        assignment(applicationId, expert).orElseThrow(() -> new NoSuchElementException(
                "application " + applicationId + " is not assigned to " + expert)).decline(reason, at);
        em.flush();
    }

    /** What an expert sees: the applications assigned to them and not declined. */
    public List<ExpertAssignment> assignedTo(String expert) {
        return em.createQuery("SELECT a FROM ExpertAssignmentRow a WHERE a.expert = :e AND a.declinedAt IS NULL"
                        + " ORDER BY a.assignedAt, a.applicationId", ExpertAssignmentRow.class)
                .setParameter("e", expert).getResultList().stream().map(ExpertAssignmentRow::toDomain).toList();
    }

    public List<ExpertAssignmentRow> assignmentsOf(String applicationId) {
        return em.createQuery("SELECT a FROM ExpertAssignmentRow a WHERE a.applicationId = :a ORDER BY a.expert",
                ExpertAssignmentRow.class).setParameter("a", applicationId).getResultList();
    }

    /**
     * Records a score, or the expert's revision of their score (one per application and expert).
     *
     * @throws IllegalStateException when the application is not assigned to the expert, or they declined it
     */
    public ExpertScoreRow score(ExpertScore score) {
        return score(score, java.util.Map.of());
    }

    /** Records a score sheet: its total as the score, and its score per criterion. */
    public ExpertScoreRow score(ExpertScore score, java.util.Map<String, java.math.BigDecimal> criteria) {
        ExpertAssignmentRow assignment = assignment(score.applicationId(), score.expert()).orElseThrow(() ->
                new IllegalStateException("application " + score.applicationId() + " is not assigned to expert "
                        + score.expert() + "; an expert scores only what is assigned to them"));
        if (assignment.declined()) {
            throw new IllegalStateException("expert " + score.expert() + " declined application "
                    + score.applicationId() + " and cannot score it");
        }
        ExpertScoreRow row = em.find(ExpertScoreRow.class, new ExpertAssignmentRow.Key(score.applicationId(),
                score.expert()));
        if (row == null) {
            row = new ExpertScoreRow(score);
            em.persist(row);
        } else {
            row.revise(score);
        }
        row.criteria(criteria);
        em.flush();
        return row;
    }

    public Optional<ExpertScoreRow> scoreRow(String applicationId, String expert) {
        return Optional.ofNullable(em.find(ExpertScoreRow.class, new ExpertAssignmentRow.Key(applicationId, expert)));
    }

    public List<ExpertScoreRow> scoreRowsOf(String applicationId) {
        return em.createQuery("SELECT s FROM ExpertScoreRow s WHERE s.applicationId = :a ORDER BY s.expert",
                ExpertScoreRow.class).setParameter("a", applicationId).getResultList();
    }

    /** The office records (or replaces) an expert's profile for conflicts of interest. */
    public ReviewerProfileRow recordProfile(cn.jast.plan.domain.review.ReviewerProfile profile, String by, Instant at) {
        ReviewerProfileRow row = em.find(ReviewerProfileRow.class, profile.expert());
        if (row == null) {
            row = new ReviewerProfileRow(profile, by, at);
            em.persist(row);
        } else {
            row.revise(profile, by, at);
        }
        em.flush();
        return row;
    }

    /**
     * The expert's profile with the applications they declined; an expert the office recorded nothing about
     * has only their declined applications.
     */
    public cn.jast.plan.domain.review.ReviewerProfile profileOf(String expert) {
        java.util.Set<String> declined = new java.util.TreeSet<>(em.createQuery(
                "SELECT a.applicationId FROM ExpertAssignmentRow a WHERE a.expert = :e AND a.declinedAt IS NOT NULL",
                String.class).setParameter("e", expert).getResultList());
        ReviewerProfileRow row = em.find(ReviewerProfileRow.class, expert);
        return row == null ? new cn.jast.plan.domain.review.ReviewerProfile(expert, java.util.Set.of(), null,
                java.util.Set.of(), declined) : row.toDomain(declined);
    }

    /** The office's exception for ranking an application with fewer sheets than asked; one per application. */
    public ReviewExceptionRow recordException(ReviewExceptionRow exception) {
        em.persist(exception);
        em.flush();
        return exception;
    }

    public Optional<ReviewExceptionRow> exceptionOf(String applicationId) {
        return Optional.ofNullable(em.find(ReviewExceptionRow.class, applicationId));
    }

    /**
     * The score sheets of every application of a plan year in one state, by application, in one query: the
     * allocation's input (a query per application made the persistence context compare every application it holds
     * before each, growing with the square of their number).
     */
    public Map<String, List<ExpertScore>> scoresOfApplicationsIn(int planYear, ApplicationState state) {
        Map<String, List<ExpertScore>> byApplication = new HashMap<>();
        em.createQuery("SELECT s FROM ExpertScoreRow s WHERE s.applicationId IN (SELECT a.id FROM Application a"
                        + " WHERE a.planYear = :y AND a.state = :st) ORDER BY s.applicationId, s.expert", ExpertScoreRow.class)
                .setParameter("y", planYear).setParameter("st", state).getResultList()
                .stream().map(ExpertScoreRow::toDomain)
                .forEach(score -> byApplication.computeIfAbsent(score.applicationId(), k -> new ArrayList<>()).add(score));
        return byApplication;
    }

    /** The recorded review exceptions of the applications of a plan year in one state, by application, in one query. */
    public Map<String, ReviewExceptionRow> exceptionsOfApplicationsIn(int planYear, ApplicationState state) {
        Map<String, ReviewExceptionRow> byApplication = new HashMap<>();
        em.createQuery("SELECT x FROM ReviewExceptionRow x WHERE x.applicationId IN (SELECT a.id FROM Application a"
                        + " WHERE a.planYear = :y AND a.state = :st)", ReviewExceptionRow.class)
                .setParameter("y", planYear).setParameter("st", state).getResultList()
                .forEach(x -> byApplication.put(x.applicationId(), x));
        return byApplication;
    }

    public List<ExpertScore> scoresOf(String applicationId) {
        return em.createQuery("SELECT s FROM ExpertScoreRow s WHERE s.applicationId = :a ORDER BY s.expert",
                ExpertScoreRow.class).setParameter("a", applicationId).getResultList().stream()
                .map(ExpertScoreRow::toDomain).toList();
    }
}
