package org.gridatlas.data.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant at, String username, String action, String target, String area,
                         String reason, String clientIp) {
}
