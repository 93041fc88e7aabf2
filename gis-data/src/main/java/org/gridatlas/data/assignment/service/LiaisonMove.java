package org.gridatlas.data.assignment.service;

/** Move one liaison (with all its households) to an agent; {@code seenLinkId} as in {@link HouseholdMove}. */
public record LiaisonMove(long liaisonId, long seenLinkId, long agentId) {
}
