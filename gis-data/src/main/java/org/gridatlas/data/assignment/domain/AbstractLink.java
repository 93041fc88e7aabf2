package org.gridatlas.data.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;

/**
 * An assignment valid from {@code validFrom} until {@code validTo} (open while {@code null}). History is
 * kept: a link is closed, never rewritten; the database refuses overlapping periods for the same subject.
 */
@MappedSuperclass
public abstract class AbstractLink extends AbstractEntity {

    public static final int CHANGED_BY_LENGTH = 64;
    public static final int REASON_LENGTH = 200;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "changed_by", length = CHANGED_BY_LENGTH, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    protected AbstractLink() {
    }

    protected AbstractLink(String countyCode, Instant validFrom, String changedBy, String reason) {
        this.countyCode = Objects.requireNonNull(countyCode, "countyCode");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.reason = reason;
    }

    /** Ends the link at {@code at}; a link is closed once. */
    public void close(Instant at) {
        Objects.requireNonNull(at, "at");
        if (validTo != null) {
            throw new IllegalStateException("link " + getId() + " is already closed");
        }
        if (!at.isAfter(validFrom)) {
            throw new IllegalArgumentException("a link must end after it starts: " + at + " <= " + validFrom);
        }
        this.validTo = at;
    }

    public boolean isOpen() {
        return validTo == null;
    }

    /** True when the link holds at {@code at} (from inclusive, to exclusive, like the database's tstzrange). */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(validFrom) && (validTo == null || at.isBefore(validTo));
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }
}
