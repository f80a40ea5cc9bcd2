package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaperCopiesTest {
    static final Instant RECEIVED = Instant.parse("2021-05-26T03:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    @Test
    void a_matching_copy_is_taken_and_a_mismatching_one_is_kept_as_a_refused_receipt() {
        Application a = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        db.run(em -> new Submissions(em).submit(a.id(), null, Fixtures.IN_WINDOW, "society"));
        Fingerprint right = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow().fingerprint());
        Fingerprint wrong = new Fingerprint("ab".repeat(32));

        PaperCopies.Recorded refused = db.tx(em -> new PaperCopies(em).record(a.id(), wrong, RECEIVED, "office", RECEIVED));
        PaperCopies.Recorded taken = db.tx(em -> new PaperCopies(em).record(a.id(), right, RECEIVED.plusSeconds(3600),
                "office", RECEIVED.plusSeconds(3600)));

        assertThat(refused.matched()).isFalse();
        assertThat(taken.matched()).isTrue();
        List<PaperCopyReceipt> receipts = db.tx(em -> new PaperCopies(em).receiptsOf(a.id()));
        assertThat(receipts).hasSize(2);
        PaperCopyReceipt first = receipts.get(0);
        assertThat(first.matched()).isFalse();
        assertThat(first.printedFingerprint()).isEqualTo(wrong.hex());
        assertThat(first.receivedAt()).isEqualTo(RECEIVED);
        assertThat(first.recordedBy()).isEqualTo("office");
        assertThat(first.note()).contains("fingerprints differ");
        assertThat(receipts.get(1).matched()).isTrue();
        assertThat(receipts.get(1).note()).isNull();
        Application loaded = db.tx(em -> new ApplicationRepository(em).find(a.id()).orElseThrow());
        assertThat(loaded.state()).isEqualTo(ApplicationState.PAPER_COPY_RECORDED);
        assertThat(loaded.paperCopyReceivedAt()).isEqualTo(RECEIVED.plusSeconds(3600));
    }
}
