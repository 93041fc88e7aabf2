package org.gridatlas.data.account.service;

import java.time.Instant;

import org.gridatlas.data.account.domain.UserRole;

/** What authentication needs to know of a user (no personal data). */
public record Account(long id, String username, String displayName, String passwordHash, UserRole role,
                      String viewArea, String captureArea, boolean enabled, Instant lockedUntil) {
}
