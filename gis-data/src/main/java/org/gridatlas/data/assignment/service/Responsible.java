package org.gridatlas.data.assignment.service;

/** Who looked after a household at a moment: its liaison and that liaison's agent (null when unlinked then). */
public record Responsible(long householdId, Long liaisonId, Long agentId) {
}
