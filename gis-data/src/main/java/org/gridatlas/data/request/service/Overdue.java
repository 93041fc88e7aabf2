package org.gridatlas.data.request.service;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.gridatlas.data.request.domain.RequestStatus;

/**
 * The one rule for overdue requests, used by lists, the map and the API: an open request is {@link #RED} past its
 * deadline and {@link #AMBER} within {@link #WARNING} of it; replied, rated, archived and returned requests are
 * never overdue.
 */
public enum Overdue {
    NONE, AMBER, RED;

    public static final Duration WARNING = Duration.ofHours(24);

    /** Statuses in which the agent still owes the resident an answer. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED,
            RequestStatus.VERIFIED, RequestStatus.INFORMED, RequestStatus.ESCALATED, RequestStatus.HANDLING);

    public static Overdue of(RequestStatus status, Instant deadline, Instant now) {
        if (deadline == null || !OPEN.contains(status)) {
            return NONE;
        }
        if (now.isAfter(deadline)) {
            return RED;
        }
        return now.plus(WARNING).isAfter(deadline) ? AMBER : NONE;
    }
}
