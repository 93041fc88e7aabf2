package org.gridatlas.data.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;

/** A dispute passed up a level (append-only). */
@Entity
@Table(name = "dispute_escalation")
public class DisputeEscalation extends AbstractEntity {

    public static final int ACTOR_NAME_LENGTH = 64;
    public static final int REASON_LENGTH = 1000;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false, updatable = false)
    private String countyCode;

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private Long disputeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", length = 8, nullable = false, updatable = false)
    private DisputeLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", length = 8, nullable = false, updatable = false)
    private DisputeLevel toLevel;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_name", length = ACTOR_NAME_LENGTH, nullable = false, updatable = false)
    private String actorName;

    @Column(name = "reason", length = REASON_LENGTH, nullable = false, updatable = false)
    private String reason;

    protected DisputeEscalation() {
    }

    /** Records the move of {@code dispute} from its current level to {@code toLevel} (a higher one). */
    public DisputeEscalation(Dispute dispute, DisputeLevel toLevel, Instant at, String actorName, String reason) {
        this.disputeId = Objects.requireNonNull(dispute.getId(), "dispute must be saved first");
        this.countyCode = dispute.getCountyCode();
        this.fromLevel = dispute.getLevel();
        this.toLevel = Objects.requireNonNull(toLevel, "toLevel");
        if (!fromLevel.isBelow(toLevel)) {
            throw new IllegalArgumentException("escalation must go up: " + fromLevel + " -> " + toLevel);
        }
        this.at = Objects.requireNonNull(at, "at");
        this.actorName = Objects.requireNonNull(actorName, "actorName");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public DisputeLevel getFromLevel() {
        return fromLevel;
    }

    public DisputeLevel getToLevel() {
        return toLevel;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }
}
