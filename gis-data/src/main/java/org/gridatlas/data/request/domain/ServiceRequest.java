package org.gridatlas.data.request.domain;

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

/**
 * 代办事项 / 诉求: a request on its way round the closed loop 点单 → 派单 → 办单 → 评单. The steps taken are
 * {@link RequestStep} rows; this row holds the current state. Optimistic locking guards concurrent dispatch.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends AbstractEntity {

    public static final int CODE_LENGTH = 24;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int IDEMPOTENCY_KEY_LENGTH = 80;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false)
    private String villageCode;

    @Column(name = "grid_area_id")
    private Long gridAreaId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "item_id", nullable = false)
    private Integer itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 12, nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", length = 12)
    private CaseType caseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private RequestStatus status;

    @Column(name = "description", length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "location", columnDefinition = "geometry(Point,4326)")
    private Point location;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "deadline")
    private Instant deadline;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 12)
    private Rating rating;

    /** Set by clients that may retry a submission (hotline, online); unique when present. */
    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_LENGTH, unique = true, updatable = false)
    private String idempotencyKey;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ServiceRequest() {
    }

    /** A new request, {@link RequestStatus#SUBMITTED 待受理}. */
    public ServiceRequest(String code, String villageCode, Integer itemId, Channel channel, String description,
            Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        this.countyCode = Division.countyCodeOf(villageCode);
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.description = Objects.requireNonNull(description, "description");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = RequestStatus.SUBMITTED;
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

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public Integer getItemId() {
        return itemId;
    }

    /** Re-classifies the request (the resident's first choice of item is often corrected on acceptance). */
    public void setItemId(Integer itemId) {
        this.itemId = Objects.requireNonNull(itemId, "itemId");
    }

    public Channel getChannel() {
        return channel;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public void setCaseType(CaseType caseType) {
        this.caseType = caseType;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Objects.requireNonNull(description, "description");
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Point getLocation() {
        return location;
    }

    public void setLocation(Point location) {
        this.location = requireWgs84(location);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(Instant acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public void setDeadline(Instant deadline) {
        this.deadline = deadline;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public void setRepliedAt(Instant repliedAt) {
        this.repliedAt = repliedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** Only before the first save: the key identifies the submission. */
    public void setIdempotencyKey(String idempotencyKey) {
        if (getId() != null) {
            throw new IllegalStateException("idempotency key is fixed once the request is saved");
        }
        this.idempotencyKey = idempotencyKey;
    }

    public int getVersion() {
        return version;
    }
}
