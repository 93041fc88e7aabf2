package org.gridatlas.data.dispute.service;

import java.time.Instant;
import java.util.List;

import org.gridatlas.data.dispute.domain.DisputeLevel;
import org.gridatlas.data.dispute.domain.DisputeOutcome;
import org.gridatlas.data.dispute.domain.DisputeStatus;

/** A dispute with its parties and escalations. */
public record DisputeRecord(long id, String code, String villageCode, String kind, String summary, DisputeLevel level,
                            DisputeStatus status, DisputeOutcome outcome, Long mediatorId, Instant openedAt,
                            Instant closedAt, List<Long> parties, List<Escalation> escalations) {

    /** One escalation: who, when, why. */
    public record Escalation(DisputeLevel from, DisputeLevel to, Instant at, String actorName, String reason) {
    }
}
