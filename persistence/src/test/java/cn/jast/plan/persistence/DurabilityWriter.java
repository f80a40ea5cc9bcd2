package cn.jast.plan.persistence;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.Submissions;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.persistence.support.Transactions;
import jakarta.persistence.EntityManagerFactory;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link DurabilityTest}: writes in a loop, one transaction per round (a
 * society, its application submitted, an audit entry), and prints "COMMITTED <code> <application>"
 * after each commit returned. It never closes anything: the test kills it.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        EntityManagerFactory emf = JastPersistence.open(JastPersistence.embeddedDerby(dir));
        PlanYear plan = Transactions.inTransaction(emf, em -> new PlanYearRepository(em)
                .storeBundledIfAbsent(2021, "office", Fixtures.DRAFTED));
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            Society s = Fixtures.society(String.format("S-D%05d", i));
            Application a = Application.draft(ApplicationId.newId(), s.id(), plan, Fixtures.content("MEMBERS_HOME", null),
                    Fixtures.DRAFTED);
            int round = i;
            Transactions.run(emf, em -> {
                new SocietyRepository(em).add(s);
                new ApplicationRepository(em).add(a);
                new Submissions(em).submit(a.id(), null, Fixtures.IN_WINDOW, "writer");
                new AuditLog(em).append(new AuditRecord(Instant.EPOCH.plusSeconds(round), "writer", "durability.round",
                        "Society", s.id().value(), null, "{\"round\":" + round + "}"));
            });
            System.out.println("COMMITTED " + s.id().value() + " " + a.id().value());
            System.out.flush();
        }
    }
}
