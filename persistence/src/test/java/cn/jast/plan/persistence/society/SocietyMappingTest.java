package cn.jast.plan.persistence.society;

import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.RollbackException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SocietyMappingTest {
    @Database("society")
    static TestDatabase db;

    @Test
    void a_society_and_every_profile_fact_survive_save_and_reload() {
        Society s = Fixtures.addSociety(db);

        Society loaded = db.tx(em -> new SocietyRepository(em).find(s.id()).orElseThrow());

        assertThat(loaded).isNotSameAs(s);
        assertThat(loaded.id()).isEqualTo(s.id());
        assertThat(loaded.name()).isEqualTo(s.name());
        assertThat(loaded.profile()).isEqualTo(s.profile());
        assertThat(loaded.profile().code()).isEqualTo(s.id().value());
        assertThat(loaded.version()).isEqualTo(1);
    }

    @Test
    void a_recorded_incident_is_stored_and_the_version_moves_on() {
        Society s = Fixtures.addSociety(db);

        db.run(em -> new SocietyRepository(em).find(s.id()).orElseThrow()
                .recordIntegrityIncident(new IntegrityIncident(2020, IncidentKind.FUND_MISUSE)));

        Society loaded = db.tx(em -> new SocietyRepository(em).find(s.id()).orElseThrow());
        assertThat(loaded.profile().integrityIncidents()).containsExactly(new IntegrityIncident(2020, IncidentKind.FUND_MISUSE));
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void two_editors_of_one_society_cannot_both_win() {
        Society s = Fixtures.addSociety(db);
        var emA = db.emf().createEntityManager();
        var emB = db.emf().createEntityManager();
        try {
            emA.getTransaction().begin();
            emB.getTransaction().begin();
            Society a = emA.find(Society.class, s.id().value());
            Society b = emB.find(Society.class, s.id().value());
            a.recordFailedAssessment(2020, "MEMBERS_HOME");
            b.recordIntegrityIncident(new IntegrityIncident(2019, IncidentKind.OTHER));
            emA.getTransaction().commit();

            assertThatThrownBy(() -> emB.getTransaction().commit())
                    .isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            emA.close();
            emB.close();
        }
        Society loaded = db.tx(em -> new SocietyRepository(em).find(s.id()).orElseThrow());
        assertThat(loaded.profile().failedAssessments()).hasSize(1);
        assertThat(loaded.profile().integrityIncidents()).isEmpty();
    }

    @Test
    void the_society_list_is_ordered_by_code() {
        Fixtures.addSociety(db);
        Fixtures.addSociety(db);
        var all = db.tx(em -> new SocietyRepository(em).all());
        assertThat(all).extracting(x -> x.id().value()).isSorted();
    }
}
