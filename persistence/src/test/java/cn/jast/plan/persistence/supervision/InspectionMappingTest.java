package cn.jast.plan.persistence.supervision;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.supervision.Finding;
import cn.jast.plan.domain.supervision.Inspection;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspections with their findings, saved and reloaded on Derby. */
class InspectionMappingTest {
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    @Test
    void anInspectionSurvivesSaveAndReload() {
        Application app = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        Inspection i = new Inspection("I-" + app.id().value(), app.id().value(), Inspection.Kind.FUND_USE,
                Instant.parse("2021-09-01T02:00:00Z"), "office",
                List.of(new Finding("项目资金用于\"日常\"办公", IncidentKind.FUND_MISUSE, List.of("att-1", "att-2")),
                        new Finding("台账不全", null, List.of())), true);
        db.run(em -> new InspectionRepository(em).add(i));
        List<Inspection> loaded = db.tx(em -> new InspectionRepository(em).of(app.id().value()));
        assertThat(loaded).containsExactly(i);
    }
}
