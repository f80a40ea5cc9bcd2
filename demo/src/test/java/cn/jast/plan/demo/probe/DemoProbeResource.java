package cn.jast.plan.demo.probe;

import java.util.Comparator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.persistence.publicity.PublicityRepository;
import cn.jast.plan.persistence.review.AllocationRepository;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.demo.DemoData;

/** What the demo seeded, read through the persistence repositories; and a second seeding, as a restart does. */
@Path("test/demo")
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Produces(MediaType.APPLICATION_JSON)
public class DemoProbeResource {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @EJB
    DemoData demo;

    @GET
    public JsonObject summary() {
        JsonArrayBuilder societies = Json.createArrayBuilder();
        new SocietyRepository(em).all().stream().map(s -> s.id().value()).sorted().forEach(societies::add);

        JsonObjectBuilder applications = Json.createObjectBuilder();
        JsonObjectBuilder states = Json.createObjectBuilder();
        java.util.Map<String, Integer> perState = new java.util.TreeMap<>();
        ReviewRepository review = new ReviewRepository(em);
        int scores = 0;
        for (Application a : new ApplicationRepository(em).ofPlanYear(2021).stream()
                .sorted(Comparator.comparing(a -> a.id().value())).toList()) {
            applications.add(a.id().value(), a.society().value() + " " + a.category() + " " + a.state());
            perState.merge(a.state().name(), 1, Integer::sum);
            scores += review.scoresOf(a.id().value()).size();
        }
        perState.forEach(states::add);

        JsonObjectBuilder accounts = Json.createObjectBuilder();
        for (UserAccount u : new AccountRepository(em).all()) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            u.roles().stream().map(Enum::name).sorted().forEach(roles::add);
            accounts.add(u.username(), Json.createObjectBuilder().add("roles", roles)
                    .add("society", u.societyCode() == null ? "" : u.societyCode()));
        }
        boolean officePassword = new AccountRepository(em).find("office")
                .map(u -> new PasswordHasher().matches(DemoData.DEFAULT_PASSWORD.toCharArray(), u.passwordHash()))
                .orElse(false);

        PublicityRepository publicity = new PublicityRepository(em);
        int notices = 0;
        int objections = 0;
        for (NoticeKind kind : NoticeKind.values()) {
            for (PublicityNotice n : publicity.ofPlanYear(2021, kind)) {
                notices++;
                objections += publicity.objectionsTo(n.id()).size();
            }
        }
        FundingRepository funding = new FundingRepository(em);
        AuditVerification audit = new AuditLog(em).verify();
        return Json.createObjectBuilder()
                .add("societies", societies)
                .add("applications", applications)
                .add("states", states)
                .add("accounts", accounts)
                .add("officeHasDemoPassword", officePassword)
                .add("expertScores", scores)
                .add("assignedToExpert1", review.assignedTo("expert1").size())
                .add("assignedToExpert2", review.assignedTo("expert2").size())
                .add("allocationOutcomes", new AllocationRepository(em).ofPlanYear(2021).size())
                .add("notices", notices)
                .add("objections", objections)
                .add("fundingDecisions", (int) java.util.stream.Stream.of("D21-01", "D21-02", "D21-08")
                        .filter(id -> funding.decisionOf(id).isPresent()).count())
                .add("ledgerEntries", funding.ledgerOf("D21-02").entries().size())
                .add("auditEntries", audit.entriesChecked())
                .add("auditIntact", audit.intact())
                .add("auditProblem", String.valueOf(audit.problem()))
                .build();
    }

    @POST
    @Path("seed")
    public JsonObject seedAgain() {
        boolean seeded = demo.seed();
        return Json.createObjectBuilder().add("seeded", seeded).add("summary", summary()).build();
    }
}
