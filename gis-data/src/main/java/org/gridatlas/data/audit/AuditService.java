package org.gridatlas.data.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log (a trigger refuses UPDATE, DELETE and TRUNCATE). Entries are written in their own
 * transaction so that a refused or failed action is still recorded.
 */
@Service
public class AuditService {

    private static final String INSERT = "INSERT INTO audit_log (at, username, action, target, area, reason, client_ip)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, at, username, action, target, area, reason, client_ip FROM audit_log"
            + " WHERE (?::text IS NULL OR action = ?) AND (?::text IS NULL OR username = ?)"
            + " AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?";
    private static final int MAX_TEXT = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the current user. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String target, String reason, String clientIp) {
        Scope scope = Scopes.current();
        insert(scope.username(), action, target, scope.viewArea(), reason, clientIp);
    }

    /** Records an action on behalf of a named user (logins happen before there is a current user). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String username, AuditAction action, String target, String reason, String clientIp) {
        insert(username, action, target, null, reason, clientIp);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditAction action, String username, Instant from, Instant to, int limit) {
        String a = action == null ? null : action.name();
        return jdbc.query(SELECT, (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                a, a, username, username, Timestamp.from(from), Timestamp.from(to), Math.min(Math.max(limit, 1), 1000));
    }

    private void insert(String username, AuditAction action, String target, String area, String reason, String ip) {
        jdbc.update(INSERT, Timestamp.from(clock.instant()), cut(username, 64), action.name(), cut(target, 120),
                area == null ? null : cut(area, 12), cut(reason, MAX_TEXT), cut(ip, 64));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
