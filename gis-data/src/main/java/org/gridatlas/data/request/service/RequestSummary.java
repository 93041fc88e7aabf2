package org.gridatlas.data.request.service;

import java.time.Instant;

import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.domain.RequestStatus;

/** A request as lists show it; {@code overdue} follows the one {@link Overdue} rule. */
public record RequestSummary(long id, String code, String villageCode, Long householdId, String category, String item,
                             Channel channel, CaseType caseType, RequestStatus status, Long agentId, Instant createdAt,
                             Instant deadline, Overdue overdue, int version) {
}
