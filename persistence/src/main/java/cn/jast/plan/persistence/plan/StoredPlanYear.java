package cn.jast.plan.persistence.plan;

import cn.jast.plan.persistence.support.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A plan year as the office loaded it: the text of its plan-year file, with its SHA-256.
 *
 * <p>A persistence class rather than a mapping of {@code PlanYear}: a plan year is an immutable
 * graph of values (categories, quotas, calendar, thresholds) whose source of truth is the file;
 * the strict reader re-checks it on every load, and the stored text is what the office can
 * compare with the file it published. Mapping a dozen tables for it would duplicate the reader.
 */
@Entity
@Table(name = "plan_year")
public class StoredPlanYear {
    @Id
    @Column(name = "plan_year")
    private int planYear;
    @Column(name = "source_name", nullable = false)
    private String sourceName;
    @Lob
    @Column(name = "plan_json", nullable = false)
    private String json;
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;
    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;
    @Column(name = "stored_by", nullable = false)
    private String storedBy;
    @Version
    @Column(name = "version")
    private long version;

    protected StoredPlanYear() {
    }

    StoredPlanYear(int year, String sourceName, String json, String storedBy, Instant storedAt) {
        this.planYear = year;
        replace(sourceName, json, storedBy, storedAt);
    }

    final void replace(String sourceName, String json, String storedBy, Instant storedAt) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.json = Objects.requireNonNull(json, "json");
        this.sha256 = Sha256.hex(json);
        this.storedBy = Objects.requireNonNull(storedBy, "storedBy");
        this.storedAt = Objects.requireNonNull(storedAt, "storedAt");
    }

    public int year() {
        return planYear;
    }

    public String sourceName() {
        return sourceName;
    }

    public String json() {
        return json;
    }

    public String sha256() {
        return sha256;
    }

    public Instant storedAt() {
        return storedAt;
    }

    public String storedBy() {
        return storedBy;
    }

    public long version() {
        return version;
    }
}
