package org.gridatlas.data.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;

/** One step taken on a request (append-only log of the closed loop). */
@Entity
@Table(name = "request_step")
public class RequestStep extends AbstractEntity {

    public static final int ACTOR_NAME_LENGTH = 64;
    public static final int NOTE_LENGTH = 2000;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false, updatable = false)
    private String countyCode;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 12, nullable = false, updatable = false)
    private RequestStepKind step;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = ACTOR_NAME_LENGTH, nullable = false, updatable = false)
    private String actorName;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "note", length = NOTE_LENGTH, updatable = false)
    private String note;

    protected RequestStep() {
    }

    /**
     * @param actorId the person who acted, or {@code null} (a resident, a department, the system)
     */
    public RequestStep(ServiceRequest request, RequestStepKind step, Long actorId, String actorName, Instant at,
            String note) {
        this.requestId = Objects.requireNonNull(request.getId(), "request must be saved first");
        this.countyCode = request.getCountyCode();
        this.step = Objects.requireNonNull(step, "step");
        this.actorId = actorId;
        this.actorName = Objects.requireNonNull(actorName, "actorName");
        this.at = Objects.requireNonNull(at, "at");
        this.note = note;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getRequestId() {
        return requestId;
    }

    public RequestStepKind getStep() {
        return step;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
