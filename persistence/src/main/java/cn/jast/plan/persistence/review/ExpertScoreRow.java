package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.review.ExpertScore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An {@link ExpertScore} as stored: one per application and expert (the key), which the expert
 * may revise while review is open (hence the version). The database also requires a matching
 * assignment (foreign key), so nobody scores what was not assigned to them.
 *
 * <p>A persistence class because {@code ExpertScore} is a record (see {@link ExpertAssignmentRow}).
 */
@Entity
@Table(name = "expert_score")
@IdClass(ExpertAssignmentRow.Key.class)
public class ExpertScoreRow {
    @Id
    @Column(name = "application_id", length = 64)
    private String applicationId;
    @Id
    @Column(name = "expert", length = 64)
    private String expert;
    @Column(name = "score", nullable = false, precision = 7, scale = 2)
    private BigDecimal score;
    @Column(name = "score_comment")
    private String comment;
    /** The sheet's score per criterion, as JSON {"CODE": score, …}; null for an overall score. */
    @Column(name = "criteria_json", length = 4000)
    private String criteriaJson;
    @Column(name = "scored_at", nullable = false)
    private Instant at;
    @Version
    @Column(name = "version")
    private long version;

    protected ExpertScoreRow() {
    }

    ExpertScoreRow(ExpertScore s) {
        this.applicationId = s.applicationId();
        this.expert = s.expert();
        revise(s);
    }

    final void revise(ExpertScore s) {
        this.score = s.score();
        this.comment = s.comment();
        this.at = s.at();
    }

    /** Records the criteria of the sheet whose total {@link #revise} stored. */
    final void criteria(java.util.Map<String, BigDecimal> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            this.criteriaJson = null;
            return;
        }
        StringBuilder b = new StringBuilder("{");
        new java.util.TreeMap<>(criteria).forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(v.toPlainString());
        });
        this.criteriaJson = b.append('}').toString();
    }

    /** The sheet's score per criterion; empty for an overall score. */
    public java.util.Map<String, BigDecimal> criteria() {
        if (criteriaJson == null) {
            return java.util.Map.of();
        }
        java.util.Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        cn.jast.plan.domain.support.Json.Value v = cn.jast.plan.domain.support.Json.parse(criteriaJson);
        ((cn.jast.plan.domain.support.Json.Obj) v).members().forEach((k, n) ->
                out.put(k, new BigDecimal(((cn.jast.plan.domain.support.Json.Num) n).text())));
        return out;
    }

    public ExpertScore toDomain() {
        return new ExpertScore(applicationId, expert, score, comment, at);
    }

    public long version() {
        return version;
    }
}
