package org.gridatlas.webapp.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditEntry;
import org.gridatlas.data.audit.AuditService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit log for administrators (the filter chain admits only ROLE_ADMIN). */
@RestController
class AuditController {

    private final AuditService audit;
    private final Clock clock;

    AuditController(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/audit")
    List<AuditEntry> find(@RequestParam(name = "action", required = false) String action,
                          @RequestParam(name = "user", required = false) String user,
                          @RequestParam(name = "limit", defaultValue = "200") int limit) {
        AuditAction a = null;
        if (action != null && !action.isBlank()) {
            try {
                a = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown audit action '" + action.replaceAll("[^A-Z_]", "?") + "'");
            }
        }
        Instant now = clock.instant();
        return audit.find(a, user == null || user.isBlank() ? null : user, now.minus(3650, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS), limit);
    }
}
