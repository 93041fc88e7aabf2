package org.gridatlas.data.assignment.service;

/**
 * Move one household to a liaison. {@code seenLinkId} is the id of the household's current liaison link as the
 * caller saw it ({@link #NONE} when it had none): the move is refused if the link changed since.
 */
public record HouseholdMove(long householdId, long seenLinkId, long liaisonId) {
    public static final long NONE = 0L;
}
