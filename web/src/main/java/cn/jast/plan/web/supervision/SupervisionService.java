package cn.jast.plan.web.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.supervision.Finding;
import cn.jast.plan.domain.supervision.Inspection;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.persistence.supervision.InspectionRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.society.SocietyService;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The office inspects a project (日常督查, IV.2; 专项检查 of fund use, IV.3) and records its findings with
 * evidence. A finding of fraud or misuse of funds records an integrity incident against the society (ELIG-3
 * from the next plan year on); the office may terminate the project on such a finding, which cancels its
 * funding. Every inspection is audited.
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

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

    public Inspection inspect(String applicationId, Inspection.Kind kind, List<Finding> findings, boolean terminate) {
        Application a = access.forOffice(em, applicationId);
        if (kind == null) {
            throw Failures.invalid("kind", "must be ROUTINE_SUPERVISION or FUND_USE");
        }
        if (findings == null || findings.isEmpty()) {
            throw Failures.invalid("findings", "an inspection records at least one finding");
        }
        if (a.state().ordinal() < ApplicationState.APPROVED.ordinal() || a.state() == ApplicationState.WITHDRAWN
                || a.state() == ApplicationState.REJECTED) {
            throw Failures.conflict("Projects are inspected once approved; this application is " + a.state() + ".");
        }
        for (int i = 0; i < findings.size(); i++) {
            for (String id : findings.get(i).evidence()) {
                StoredAttachment att = id == null || id.length() > 64 ? null : em.find(StoredAttachment.class, id);
                if (att == null || !att.applicationId().equals(a.id().value())) {
                    throw Failures.invalid("findings[" + i + "].evidence", "names no attachment of this application: " + id);
                }
            }
        }
        Instant now = clock.instant();
        Inspection inspection;
        try {
            inspection = new Inspection(UUID.randomUUID().toString(), a.id().value(), kind, now, access.actor(),
                    findings, terminate);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("terminate", e.getMessage());
        }
        PlanYear plan = plans.plan(a.planYear());
        Society society = em.find(Society.class, a.society().value());
        String beforeApplication = AuditSnapshots.of(a);
        String beforeSociety = AuditSnapshots.of(society);
        inspection.apply(a, society, plan.zone());
        new InspectionRepository(em).add(inspection);
        AuditTrail.Batch records = audit.batch(now);
        records.add("inspection." + kind, "Application", a.id().value(), null,
                "{\"inspection\":\"" + inspection.id() + "\",\"findings\":" + findings.size() + ",\"misconduct\":"
                        + findings.stream().anyMatch(Finding::isMisconduct) + ",\"terminate\":" + terminate + "}");
        if (findings.stream().anyMatch(Finding::isMisconduct)) {
            records.add(SocietyService.INCIDENT_ACTION, "Society",
                    society.id().value(), beforeSociety, AuditSnapshots.of(society));
        }
        if (terminate) {
            new FundingRepository(em).record(FundingDecision.forOutcome(plan, a), now, access.actor());
            records.add("application.terminate", "Application", a.id().value(),
                    beforeApplication, AuditSnapshots.of(a));
        }
        em.flush();
        records.write();
        return inspection;
    }

    public List<Inspection> inspections(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new InspectionRepository(em).of(a.id().value());
    }
}
