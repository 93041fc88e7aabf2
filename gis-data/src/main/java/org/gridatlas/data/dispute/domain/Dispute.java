package org.gridatlas.data.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;
import org.locationtech.jts.geom.Point;

/** 矛盾纠纷 (or a petition 信访, tracked the same way): parties, place, level, mediator and outcome. */
@Entity
@Table(name = "dispute")
public class Dispute extends AbstractEntity {

    public static final int CODE_LENGTH = 24;
    public static final int KIND_LENGTH = 32;
    public static final int SUMMARY_LENGTH = 2000;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false)
    private String villageCode;

    @Column(name = "grid_area_id")
    private Long gridAreaId;

    /** Free text such as 邻里纠纷, 土地纠纷, 婚姻家庭. */
    @Column(name = "kind", length = KIND_LENGTH, nullable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 8, nullable = false)
    private DisputeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 12)
    private DisputeOutcome outcome;

    @Column(name = "summary", length = SUMMARY_LENGTH, nullable = false)
    private String summary;

    @Column(name = "mediator_id")
    private Long mediatorId;

    @Column(name = "location", columnDefinition = "geometry(Point,4326)")
    private Point location;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** 信访. */
    @Column(name = "is_petition", nullable = false)
    private boolean petition;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Dispute() {
    }

    /** A new dispute, {@link DisputeStatus#OPEN}. */
    public Dispute(String code, String villageCode, String kind, DisputeLevel level, String summary,
            Instant openedAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        this.countyCode = Division.countyCodeOf(villageCode);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = Objects.requireNonNull(level, "level");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.status = DisputeStatus.OPEN;
    }

    public String getCode() {
        return code;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Long getGridAreaId() {
        return gridAreaId;
    }

    public void setGridAreaId(Long gridAreaId) {
        this.gridAreaId = gridAreaId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public DisputeLevel getLevel() {
        return level;
    }

    /** Record the move in a {@link DisputeEscalation} too. */
    public void setLevel(DisputeLevel level) {
        this.level = Objects.requireNonNull(level, "level");
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public void setStatus(DisputeStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public DisputeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DisputeOutcome outcome) {
        this.outcome = outcome;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    public Long getMediatorId() {
        return mediatorId;
    }

    public void setMediatorId(Long mediatorId) {
        this.mediatorId = mediatorId;
    }

    public Point getLocation() {
        return location;
    }

    public void setLocation(Point location) {
        this.location = requireWgs84(location);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public boolean isPetition() {
        return petition;
    }

    public void setPetition(boolean petition) {
        this.petition = petition;
    }

    public int getVersion() {
        return version;
    }
}
