package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.review.ReviewerProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link ReviewerProfile} as the office records it (societies and work unit of an expert, conflicts
 * the expert declared with whole societies). The applications an expert declined are not kept here: they
 * are the declined assignments. A persistence class because the profile is a record; society codes are
 * kept as one comma-separated column, sorted, because a code never holds a comma.
 */
@Entity
@Table(name = "reviewer_profile")
public class ReviewerProfileRow {
    @Id
    @Column(name = "expert", length = 64)
    private String expert;
    @Column(name = "societies", nullable = false, length = 4000)
    private String societies;
    @Column(name = "work_unit", length = 500)
    private String workUnit;
    @Column(name = "declared_societies", nullable = false, length = 4000)
    private String declaredSocieties;
    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    @Column(name = "version")
    private long version;

    protected ReviewerProfileRow() {
    }

    ReviewerProfileRow(ReviewerProfile p, String by, Instant at) {
        this.expert = p.expert();
        revise(p, by, at);
    }

    final void revise(ReviewerProfile p, String by, Instant at) {
        this.societies = join(p.societies());
        this.workUnit = p.workUnit();
        this.declaredSocieties = join(p.declaredSocieties());
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private static String join(Set<String> codes) {
        for (String c : codes) {
            if (c.contains(",")) {
                throw new IllegalArgumentException("a society code holds no comma: " + c);
            }
        }
        return String.join(",", new TreeSet<>(codes));
    }

    private static Set<String> split(String s) {
        return s == null || s.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(",")));
    }

    public ReviewerProfile toDomain(Set<String> declinedApplications) {
        return new ReviewerProfile(expert, split(societies), workUnit, split(declaredSocieties), declinedApplications);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
