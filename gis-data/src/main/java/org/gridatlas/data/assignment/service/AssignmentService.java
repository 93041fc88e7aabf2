package org.gridatlas.data.assignment.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridatlas.data.assignment.domain.AbstractLink;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes who looks after whom: closes current links (valid_to = now) and opens new ones, recording who, when and
 * why; history is never rewritten. Every change is optimistic: the caller passes the link ids it saw, the subjects
 * are locked (SELECT … FOR UPDATE) and if any current link differs, the whole change is refused with an
 * {@link AssignmentConflictException} naming the codes, and nothing is written.
 */
@Service
public class AssignmentService {

    public static final int MIN_REASON_LENGTH = 2;

    private static final String TARGET_CHECK = "SELECT count(*) FROM person WHERE role = ? AND active"
            + " AND id = ANY (?::bigint[])";
    private static final String RESPONSIBLE_AT = """
            SELECT ll.liaison_id, al.agent_id FROM liaison_link ll
              LEFT JOIN agent_link al ON al.liaison_id = ll.liaison_id
                   AND al.valid_from <= ? AND (al.valid_to IS NULL OR al.valid_to > ?)
             WHERE ll.household_id = ? AND ll.valid_from <= ? AND (ll.valid_to IS NULL OR ll.valid_to > ?)""";

    /** A link to open: the subject's county, the subject (household or liaison) and its new target. */
    private record Open(String countyCode, long subject, long target) {
    }

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    AssignmentService(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The households' current liaison links: what a later change passes back as "seen". */
    @Transactional(readOnly = true)
    public Map<Long, CurrentLink> currentLiaisonLinks(Collection<Long> householdIds) {
        return current(LinkTable.HOUSEHOLD_LIAISON, householdIds);
    }

    /** The liaisons' current agent links. */
    @Transactional(readOnly = true)
    public Map<Long, CurrentLink> currentAgentLinks(Collection<Long> liaisonIds) {
        return current(LinkTable.LIAISON_AGENT, liaisonIds);
    }

    /** Moves households to liaisons in one transaction: all or nothing. */
    @Transactional
    public ChangeResult moveHouseholds(List<HouseholdMove> moves, String reason) {
        Map<Long, long[]> m = new LinkedHashMap<>();
        moves.forEach(x -> m.put(x.householdId(), new long[] {x.seenLinkId(), x.liaisonId()}));
        requireTargets("LIAISON", m.values().stream().map(v -> v[1]).collect(Collectors.toSet()));
        return change(LinkTable.HOUSEHOLD_LIAISON, m, reason);
    }

    /** Moves liaisons (and so their households) to agents in one transaction: all or nothing. */
    @Transactional
    public ChangeResult moveLiaisons(List<LiaisonMove> moves, String reason) {
        Map<Long, long[]> m = new LinkedHashMap<>();
        moves.forEach(x -> m.put(x.liaisonId(), new long[] {x.seenLinkId(), x.agentId()}));
        requireTargets("AGENT", m.values().stream().map(v -> v[1]).collect(Collectors.toSet()));
        return change(LinkTable.LIAISON_AGENT, m, reason);
    }

    /** Who was responsible for the household at {@code at}: the liaison and agent whose links both held then. */
    @Transactional(readOnly = true)
    public Optional<Responsible> responsibleAt(long householdId, Instant at) {
        Timestamp t = Timestamp.from(at);
        return jdbc.query(RESPONSIBLE_AT, (rs, i) -> new Responsible(householdId, rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2)), t, t, householdId, t, t)
                .stream().findFirst();
    }

    private ChangeResult change(LinkTable table, Map<Long, long[]> moves, String reason) {
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("nothing selected: choose at least one of the " + table.what);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_LENGTH || why.length() > AbstractLink.REASON_LENGTH) {
            throw new IllegalArgumentException("reason: give " + MIN_REASON_LENGTH + "-" + AbstractLink.REASON_LENGTH
                    + " characters saying why the assignment changes");
        }
        Map<Long, String[]> subjects = new LinkedHashMap<>();
        jdbc.query(table.lockSubjects, rs -> {
            subjects.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        }, array(moves.keySet()));
        if (subjects.size() != moves.size()) {
            List<Long> missing = moves.keySet().stream().filter(id -> !subjects.containsKey(id)).sorted().toList();
            throw new IllegalArgumentException("unknown or out-of-area " + table.what + " (ids): " + missing);
        }
        Map<Long, CurrentLink> current = current(table, moves.keySet());
        List<String> conflicts = new ArrayList<>();
        moves.forEach((id, m) -> {
            CurrentLink c = current.get(id);
            long now = c == null ? HouseholdMove.NONE : c.linkId();
            if (now != m[0]) {
                conflicts.add(subjects.get(id)[0]);
            }
        });
        if (!conflicts.isEmpty()) {
            conflicts.sort(null);
            throw new AssignmentConflictException(table.what, conflicts);
        }
        Timestamp at = Timestamp.from(clock.instant());
        String by = Scopes.current().username();
        List<Long> closes = new ArrayList<>();
        List<Open> opens = new ArrayList<>();
        moves.forEach((id, m) -> {
            CurrentLink c = current.get(id);
            if (c != null && c.targetId() == m[1]) {
                return;
            }
            if (c != null) {
                closes.add(c.linkId());
            }
            opens.add(new Open(subjects.get(id)[1], id, m[1]));
        });
        if (!closes.isEmpty()) {
            jdbc.update(table.close, at, array(closes));
        }
        if (!opens.isEmpty()) {
            jdbc.update(table.open, at, by, why,
                    textArray(opens.stream().map(Open::countyCode).toList()),
                    array(opens.stream().map(Open::subject).toList()),
                    array(opens.stream().map(Open::target).toList()));
        }
        int unchanged = moves.size() - opens.size();
        if (!opens.isEmpty()) {
            String targets = opens.stream().map(o -> String.valueOf(o.target())).distinct().limit(10)
                    .collect(Collectors.joining(","));
            audit.record(AuditAction.ASSIGNMENT_CHANGED, table.what + ":" + opens.size() + "→" + targets,
                    why + " [" + opens.stream().map(o -> subjects.get(o.subject())[0]).limit(40)
                            .collect(Collectors.joining(",")) + (opens.size() > 40 ? ",…" : "") + "]", null);
        }
        return new ChangeResult(closes.size(), opens.size(), unchanged);
    }

    private void requireTargets(String role, java.util.Set<Long> ids) {
        Long found = jdbc.queryForObject(TARGET_CHECK, Long.class, role, array(ids));
        if (found == null || found != ids.size()) {
            throw new IllegalArgumentException("target must be an active " + role.toLowerCase()
                    + " in your area: " + ids);
        }
    }

    private Map<Long, CurrentLink> current(LinkTable table, Collection<Long> ids) {
        Map<Long, CurrentLink> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query(table.current, rs -> {
            out.put(rs.getLong(1), new CurrentLink(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
        }, array(ids));
        return out;
    }

    /** Division codes (digits only, read from the database) as a bound text-array parameter. */
    static String textArray(Collection<String> codes) {
        codes.forEach(c -> {
            if (!c.chars().allMatch(Character::isDigit)) {
                throw new IllegalStateException("division code expected: " + c);
            }
        });
        return codes.stream().collect(Collectors.joining(",", "{", "}"));
    }

    /** A bound array parameter in PostgreSQL's text form (ids are longs, never user text). */
    static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
