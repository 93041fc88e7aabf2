package org.gridatlas.data.account.service;

import java.time.Instant;
import java.util.List;

import org.gridatlas.data.account.domain.UserRole;

/**
 * What authentication needs to know of a user (no personal data): role, areas, the agent record an AGENT is bound
 * to ({@code personId}) and the grid areas a supervisor is limited to (empty = the whole viewing area).
 */
public record Account(long id, String username, String displayName, String passwordHash, UserRole role,
                      String viewArea, String captureArea, boolean enabled, Instant lockedUntil, Long personId,
                      List<Long> gridAreaIds) {

    public Account {
        gridAreaIds = gridAreaIds == null ? List.of() : List.copyOf(gridAreaIds);
    }

    /**
     * The agent id the database narrows this user to: an AGENT's bound agent record, {@code 0} when an AGENT is
     * bound to none (owns nothing), {@code null} for every other role (no narrowing).
     */
    public Long scopeAgentId() {
        if (role != UserRole.AGENT) {
            return null;
        }
        return personId == null ? 0L : personId;
    }
}
