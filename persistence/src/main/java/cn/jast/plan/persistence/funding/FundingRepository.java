package cn.jast.plan.persistence.funding;

import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Funding decisions and ledger entries. Both are written once: a decision is not changed, and a
 * ledger correction is a new entry with the opposite sign, so the repository has no update.
 */
public final class FundingRepository {
    private final EntityManager em;

    public FundingRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the decision; a second decision for one application fails (primary key). */
    public FundingDecisionRow record(FundingDecision decision, Instant at, String decidedBy) {
        FundingDecisionRow row = new FundingDecisionRow(decision, Objects.requireNonNull(at, "at"),
                Objects.requireNonNull(decidedBy, "decidedBy"));
        em.persist(row);
        em.flush();
        return row;
    }

    public Optional<FundingDecisionRow> decisionOf(String applicationId) {
        return Optional.ofNullable(em.find(FundingDecisionRow.class, applicationId));
    }

    /** Every decision recorded, by application id (a few hundred a plan year): one query for a whole list. */
    public java.util.Map<String, FundingDecisionRow> allDecisions() {
        return em.createQuery("SELECT d FROM FundingDecisionRow d", FundingDecisionRow.class).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.toDomain().applicationId(), d -> d));
    }

    public List<FundingDecision> decisionsFunding(int fundingYear) {
        return em.createQuery("SELECT d FROM FundingDecisionRow d WHERE d.fundingYear = :y ORDER BY d.applicationId",
                FundingDecisionRow.class).setParameter("y", fundingYear).getResultList().stream()
                .map(FundingDecisionRow::toDomain).toList();
    }

    public void book(LedgerEntry entry) {
        em.persist(entry);
        em.flush();
    }

    /** The project's ledger, entries in the order they were booked. */
    public ProjectLedger ledgerOf(String applicationId) {
        List<LedgerEntry> entries = em.createQuery("SELECT e FROM LedgerEntry e WHERE e.applicationId = :a"
                + " ORDER BY e.bookedOn, e.recordedAt, e.id", LedgerEntry.class).setParameter("a", applicationId)
                .getResultList();
        return new ProjectLedger(applicationId, entries);
    }
}
