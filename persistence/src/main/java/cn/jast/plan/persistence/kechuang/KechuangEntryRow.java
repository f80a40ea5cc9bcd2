package cn.jast.plan.persistence.kechuang;

import cn.jast.plan.domain.kechuang.KechuangEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the 科创江苏 list of a plan year as imported, keyed by year and the row of the file, with who
 * imported it and when.
 *
 * <p>A persistence class because the domain's {@code KechuangEntry} is a record, which JPA 3.1 cannot map as
 * an entity.
 */
@Entity
@Table(name = "kechuang_entry")
@IdClass(KechuangEntryRow.Key.class)
public class KechuangEntryRow {
    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private int planYear;
        private int listRow;

        public Key() {
        }

        public Key(int planYear, int listRow) {
            this.planYear = planYear;
            this.listRow = listRow;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && planYear == k.planYear && listRow == k.listRow;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planYear, listRow);
        }
    }

    @Id
    @Column(name = "plan_year")
    private int planYear;
    @Id
    @Column(name = "list_row")
    private int listRow;
    @Column(name = "society_code", length = 64)
    private String societyCode;
    @Column(name = "society_name", length = 1000)
    private String societyName;
    @Column(name = "title", nullable = false, length = 1000)
    private String title;
    @Column(name = "imported_by", nullable = false, length = 128)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected KechuangEntryRow() {
    }

    KechuangEntryRow(int planYear, KechuangEntry e, String importedBy, Instant importedAt) {
        this.planYear = planYear;
        this.listRow = e.row();
        this.societyCode = e.societyCode();
        this.societyName = e.societyName();
        this.title = e.title();
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    }

    public KechuangEntry toDomain() {
        return new KechuangEntry(listRow, societyCode, societyName, title);
    }

    public int planYear() {
        return planYear;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
