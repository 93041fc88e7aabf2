package org.gridatlas.data.visit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** 走访: an agent's visit to a household, where it happened, what was heard (民情日志) and what it produced. */
@Entity
@Table(name = "visit")
public class Visit extends AbstractEntity {

    public static final int NOTE_LENGTH = 2000;
    public static final int TAG_LENGTH = 32;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false, updatable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false, updatable = false)
    private String villageCode;

    @Column(name = "agent_id", nullable = false, updatable = false)
    private Long agentId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private Long householdId;

    @Column(name = "visited_at", nullable = false, updatable = false)
    private Instant visitedAt;

    /** GPS fix where the visit was recorded. */
    @Column(name = "location", columnDefinition = "geometry(Point,4326)", updatable = false)
    private Point location;

    /** GPS accuracy in metres. */
    @Column(name = "accuracy_m", updatable = false)
    private Float accuracyM;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "varchar(32)[]", nullable = false)
    private String[] tags = new String[0];

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "dispute_id")
    private Long disputeId;

    protected Visit() {
    }

    public Visit(String villageCode, Long agentId, Long householdId, Instant visitedAt) {
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        this.countyCode = Division.countyCodeOf(villageCode);
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.householdId = Objects.requireNonNull(householdId, "householdId");
        this.visitedAt = Objects.requireNonNull(visitedAt, "visitedAt");
    }

    /** Sets where the visit was recorded; only before the first save (a fix is evidence, not editable). */
    public void recordFix(Point location, Float accuracyM) {
        if (getId() != null) {
            throw new IllegalStateException("the GPS fix of a saved visit cannot change");
        }
        this.location = requireWgs84(location);
        this.accuracyM = accuracyM;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public Point getLocation() {
        return location;
    }

    public Float getAccuracyM() {
        return accuracyM;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** A copy; never {@code null}. */
    public String[] getTags() {
        return tags.clone();
    }

    public void setTags(String... tags) {
        String[] copy = tags == null ? new String[0] : tags.clone();
        for (String tag : copy) {
            if (tag == null || tag.isBlank() || tag.length() > TAG_LENGTH) {
                throw new IllegalArgumentException("bad visit tag: " + tag + " in " + Arrays.toString(copy));
            }
        }
        this.tags = copy;
    }

    public Long getRequestId() {
        return requestId;
    }

    /** Links the request this visit produced. */
    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    /** Links the dispute this visit produced. */
    public void setDisputeId(Long disputeId) {
        this.disputeId = disputeId;
    }
}
