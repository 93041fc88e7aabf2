package org.gridatlas.data.visit.service;

import java.time.Instant;
import java.util.List;

/** A logged visit. */
public record VisitRecord(long id, long householdId, long agentId, String villageCode, Instant visitedAt, Double lon,
                          Double lat, Double accuracyM, String note, List<String> tags, Long requestId, Long disputeId) {
}
