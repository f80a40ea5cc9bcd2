package cn.jast.plan.persistence.assessment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.attachment.AttachmentStore;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentMappingTest {
    static final Instant FILED = Instant.parse("2021-12-01T02:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static StoredAttachment evidence(Application app, String name) {
        return db.tx(em -> new AttachmentStore(em).store(AttachmentStore.Upload.evidence(app.id().value(), name,
                "image/jpeg", "society", FILED), new ByteArrayInputStream(name.getBytes())));
    }

    @Test
    void a_report_with_its_evidence_in_order_survives_save_and_reload() {
        Application app = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        StoredAttachment photo = evidence(app, "活动照片.jpg");
        StoredAttachment list = evidence(app, "签到表.jpg");
        ProjectReport report = new ProjectReport(id(), app.id().value(), ReportKind.FINAL_SUMMARY, "全年开展活动十二场……",
                List.of(list.id(), photo.id()), FILED);
        db.run(em -> new AssessmentRepository(em).add(report));

        ProjectReport loaded = db.tx(em -> new AssessmentRepository(em).findReport(report.id()).orElseThrow());

        assertThat(loaded.applicationId()).isEqualTo(app.id().value());
        assertThat(loaded.kind()).isEqualTo(ReportKind.FINAL_SUMMARY);
        assertThat(loaded.text()).isEqualTo("全年开展活动十二场……");
        assertThat(loaded.evidenceAttachmentIds()).containsExactly(list.id(), photo.id());
        assertThat(loaded.filedAt()).isEqualTo(FILED);
        assertThat(loaded.version()).isEqualTo(1);
        List<ProjectReport> reports = db.tx(em -> new AssessmentRepository(em).reportsOf(app.id().value()));
        assertThat(reports).extracting(ProjectReport::id).containsExactly(report.id());
    }

    @Test
    void evidence_must_be_a_stored_attachment() {
        Application app = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        ProjectReport report = new ProjectReport(id(), app.id().value(), ReportKind.MID_TERM, "中期",
                List.of("no-such-attachment"), FILED);
        assertThatThrownBy(() -> db.run(em -> new AssessmentRepository(em).add(report)))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void assessment_results_survive_save_and_reload() {
        Application app = Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
        AssessmentResult mid = new AssessmentResult(id(), app.id().value(), AssessmentResult.Stage.MID_TERM, true,
                "进度正常", "office-1", FILED);
        AssessmentResult fin = new AssessmentResult(id(), app.id().value(), AssessmentResult.Stage.FINAL, false, null,
                "office-2", FILED.plusSeconds(86400));
        db.run(em -> {
            new AssessmentRepository(em).add(mid);
            new AssessmentRepository(em).add(fin);
        });

        List<AssessmentResult> loaded = db.tx(em -> new AssessmentRepository(em).resultsOf(app.id().value()));

        assertThat(loaded).hasSize(2);
        assertThat(loaded).usingRecursiveFieldByFieldElementComparator().containsExactly(mid, fin);
    }
}
