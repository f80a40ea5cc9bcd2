package cn.jast.plan.domain.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A report a society files for its project, with the attachments that are its evidence (佐证). */
public class ProjectReport {
    private String id;
    private String applicationId;
    private ReportKind kind;
    private String text;
    private List<String> evidenceAttachmentIds = new ArrayList<>();
    private Instant filedAt;
    private long version;

    /** For the persistence mapper only. */
    protected ProjectReport() {
    }

    public ProjectReport(String id, String applicationId, ReportKind kind, String text, List<String> evidence,
                         Instant filedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a report must have a text");
        }
        this.text = text;
        this.evidenceAttachmentIds = new ArrayList<>(evidence);
        this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public ReportKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public List<String> evidenceAttachmentIds() {
        return List.copyOf(evidenceAttachmentIds);
    }

    public Instant filedAt() {
        return filedAt;
    }

    public long version() {
        return version;
    }
}
