package org.gridatlas.data.visit.service;

import java.time.Instant;
import java.util.List;

/**
 * A visit 走访 to log: the household, the agent (null = the logged-in agent), when (null = now), the browser's GPS
 * fix with its accuracy in metres (all three optional), the 民情日志 note, tags, and optionally a request or a
 * dispute it produced.
 */
public record NewVisit(Long householdId, Long agentId, Instant visitedAt, Double lon, Double lat, Double accuracyM,
                       String note, List<String> tags, RequestFromVisit request, DisputeFromVisit dispute) {

    /** A request heard on the visit: catalogue item and what the resident asks for (channel VISIT). */
    public record RequestFromVisit(Integer itemId, String description) {
    }

    /** A dispute heard on the visit: its kind and summary; the visited household is a party. */
    public record DisputeFromVisit(String kind, String summary) {
    }
}
