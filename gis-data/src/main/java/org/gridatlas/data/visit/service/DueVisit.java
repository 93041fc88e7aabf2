package org.gridatlas.data.visit.service;

import java.time.Instant;

/**
 * A household of an agent with its last visit and the date by which the next is due (last visit + the grid area's
 * cycle); {@code mustVisit} marks 三必访 households (困难户, 上访户, 老党员老干部).
 */
public record DueVisit(long householdId, String householdCode, String address, boolean mustVisit, Instant lastVisit,
                       int cycleDays, boolean due) {
}
