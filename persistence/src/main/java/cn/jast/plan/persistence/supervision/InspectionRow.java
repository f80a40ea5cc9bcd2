package cn.jast.plan.persistence.supervision;

import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.supervision.Finding;
import cn.jast.plan.domain.supervision.Inspection;
import cn.jast.plan.domain.support.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Inspection} as stored, written once; its findings (text, misconduct, evidence ids) as one JSON
 * array. A persistence class because the inspection is a record.
 */
@Entity
@Table(name = "inspection")
public class InspectionRow {
    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "application_id", nullable = false, length = 64)
    private String applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private Inspection.Kind kind;
    @Column(name = "inspected_at", nullable = false)
    private Instant inspectedAt;
    @Column(name = "inspected_by", nullable = false, length = 128)
    private String inspectedBy;
    @Lob
    @Column(name = "findings_json", nullable = false)
    private String findingsJson;
    @Column(name = "terminates", nullable = false)
    private boolean terminates;

    protected InspectionRow() {
    }

    public InspectionRow(Inspection i) {
        this.id = i.id();
        this.applicationId = i.applicationId();
        this.kind = i.kind();
        this.inspectedAt = i.at();
        this.inspectedBy = i.inspectedBy();
        this.terminates = i.terminate();
        StringBuilder b = new StringBuilder("[");
        for (Finding f : i.findings()) {
            if (b.length() > 1) {
                b.append(',');
            }
            StringBuilder evidence = new StringBuilder("[");
            for (String e : f.evidence()) {
                if (evidence.length() > 1) {
                    evidence.append(',');
                }
                evidence.append(JsonWriter.write(w -> w.field("id", e)));
            }
            String evidenceJson = evidence.append(']').toString();
            b.append(JsonWriter.write(w -> w.field("text", f.text()).field("misconduct", f.misconduct())
                    .raw("evidence", evidenceJson)));
        }
        this.findingsJson = b.append(']').toString();
    }

    public Inspection toDomain() {
        List<Finding> findings = new ArrayList<>();
        for (Json.Value v : ((Json.Arr) Json.parse(findingsJson)).items()) {
            var m = ((Json.Obj) v).members();
            List<String> evidence = new ArrayList<>();
            for (Json.Value e : ((Json.Arr) m.get("evidence")).items()) {
                evidence.add(((Json.Str) ((Json.Obj) e).members().get("id")).value());
            }
            Json.Value misconduct = m.get("misconduct");
            findings.add(new Finding(((Json.Str) m.get("text")).value(),
                    misconduct == null ? null : IncidentKind.valueOf(((Json.Str) misconduct).value()), evidence));
        }
        return new Inspection(id, applicationId, kind, inspectedAt, inspectedBy, findings, terminates);
    }
}
