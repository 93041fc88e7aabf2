package org.gridatlas.data.visit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.dispute.service.DisputeService;
import org.gridatlas.data.dispute.service.NewDispute;
import org.gridatlas.data.household.domain.Household;
import org.gridatlas.data.household.domain.HouseholdRepository;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.ForbiddenException;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NewRequest;
import org.gridatlas.data.request.service.NotFoundException;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestService;
import org.gridatlas.data.visit.domain.Visit;
import org.gridatlas.data.visit.domain.VisitRepository;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits 走访: logging one (with the browser's GPS fix, optionally producing a request or a dispute, all in one
 * transaction), the visit cycle (default {@link #DEFAULT_CYCLE_DAYS} days, {@code grid_area.visit_cycle_days}
 * overrides it), the 三必访 list and the "due for a visit" list of an agent.
 */
@Service
public class VisitService {

    public static final int DEFAULT_CYCLE_DAYS = 14;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final String AGENT_HOUSEHOLDS = """
            SELECT h.id, h.code, h.address, h.must_visit, lv.last_visit,
                   coalesce(g.visit_cycle_days, ?) AS cycle_days
            FROM agent_link al
            JOIN liaison_link ll ON ll.liaison_id = al.liaison_id
            JOIN household h ON h.id = ll.household_id
            LEFT JOIN grid_area g ON g.id = h.grid_area_id
            LEFT JOIN LATERAL (SELECT max(v.visited_at) AS last_visit FROM visit v WHERE v.household_id = h.id) lv ON true
            WHERE al.agent_id = ? AND al.valid_from <= ? AND (al.valid_to IS NULL OR al.valid_to > ?)
              AND ll.valid_from <= ? AND (ll.valid_to IS NULL OR ll.valid_to > ?)
            ORDER BY lv.last_visit NULLS FIRST, h.code
            """;

    private final VisitRepository visits;
    private final HouseholdRepository households;
    private final RequestService requests;
    private final RequestQueries requestQueries;
    private final DisputeService disputes;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    VisitService(VisitRepository visits, HouseholdRepository households, RequestService requests,
                 RequestQueries requestQueries, DisputeService disputes, AuditService audit, JdbcTemplate jdbc,
                 Clock clock) {
        this.visits = visits;
        this.households = households;
        this.requests = requests;
        this.requestQueries = requestQueries;
        this.disputes = disputes;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public VisitRecord log(NewVisit in) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (in.householdId() == null) {
            problems.add(new FieldProblem("householdId", "请选择走访的户"));
        }
        Long self = requestQueries.actor().personId();
        if ("AGENT".equals(Scopes.current().role()) && in.agentId() != null && !in.agentId().equals(self)) {
            throw new ForbiddenException("agentId", "代办员只能以本人名义记录走访（agentId " + in.agentId() + " 不是您本人）");
        }
        Long agentId = in.agentId() != null ? in.agentId() : self;
        if (agentId == null) {
            problems.add(new FieldProblem("agentId", "当前账号未关联代办员，请指定 agentId"));
        }
        Instant at = in.visitedAt() == null ? now : in.visitedAt();
        problems.addAll(VisitPlausibility.ofTime(at, now));
        if ((in.lon() == null) != (in.lat() == null)) {
            problems.add(new FieldProblem(in.lon() == null ? "lon" : "lat", "经度和纬度须同时提供"));
        } else if (in.lon() != null) {
            problems.addAll(VisitPlausibility.ofFix(in.lon(), in.lat()));
        }
        if (in.accuracyM() != null && (in.accuracyM() < 0 || in.accuracyM() > 100_000)) {
            problems.add(new FieldProblem("accuracyM", "定位精度应在 0 到 100000 米之间"));
        }
        if (in.note() != null && in.note().length() > Visit.NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "民情日志不能超过 " + Visit.NOTE_LENGTH + " 个字"));
        }
        List<String> tags = in.tags() == null ? List.of() : in.tags().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        tags.stream().filter(t -> t.length() > Visit.TAG_LENGTH).findFirst().ifPresent(t ->
                problems.add(new FieldProblem("tags", "标签「" + t + "」超过 " + Visit.TAG_LENGTH + " 个字")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Household h = households.findById(in.householdId())
                .orElseThrow(() -> new NotFoundException("householdId", "户 " + in.householdId() + " 不存在或不在您的辖区"));
        if (!Scopes.current().canCapture(h.getVillageCode())) {
            throw new NotFoundException("householdId", "户 " + in.householdId() + " 不在您的录入范围");
        }
        Integer agents = jdbc.queryForObject("SELECT count(*) FROM person WHERE id = ? AND role IN ('AGENT', 'LIAISON')",
                Integer.class, agentId);
        if (agents == null || agents == 0) {
            throw new NotFoundException("agentId", "代办员 " + agentId + " 不存在或不在您的辖区");
        }
        Visit v = new Visit(h.getVillageCode(), agentId, h.getId(), at);
        if (in.lon() != null) {
            v.recordFix(WGS84.createPoint(new Coordinate(in.lon(), in.lat())),
                    in.accuracyM() == null ? null : in.accuracyM().floatValue());
        }
        v.setNote(in.note() == null || in.note().isBlank() ? null : in.note().strip());
        v.setTags(tags.toArray(String[]::new));
        if (in.request() != null) {
            var created = requests.create(new NewRequest(h.getId(), in.request().itemId(), in.request().description(),
                    Channel.VISIT, null));
            v.setRequestId(created.request().summary().id());
        }
        if (in.dispute() != null) {
            v.setDisputeId(disputes.open(new NewDispute(in.dispute().kind(), in.dispute().summary(),
                    List.of(h.getId()), agentId)).id());
        }
        visits.saveAndFlush(v);
        return toRecord(v);
    }

    /** Every household assigned to {@code agentId} now, least recently visited first, with its due flag. */
    @Transactional(readOnly = true)
    public List<DueVisit> householdsOf(long agentId) {
        Instant now = clock.instant();
        var ts = java.sql.Timestamp.from(now);
        return jdbc.query(AGENT_HOUSEHOLDS, (rs, i) -> {
            var last = rs.getTimestamp(5);
            int cycle = rs.getInt(6);
            Instant lastVisit = last == null ? null : last.toInstant();
            boolean due = lastVisit == null || lastVisit.plus(Duration.ofDays(cycle)).isBefore(now);
            return new DueVisit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), lastVisit, cycle, due);
        }, DEFAULT_CYCLE_DAYS, agentId, ts, ts, ts, ts);
    }

    /** "Due for a visit": the agent's households whose cycle has run out (or never visited). */
    @Transactional(readOnly = true)
    public List<DueVisit> dueFor(long agentId) {
        return householdsOf(agentId).stream().filter(DueVisit::due).toList();
    }

    /** 三必访: the agent's must-visit households, due ones first. */
    @Transactional(readOnly = true)
    public List<DueVisit> mustVisit(long agentId) {
        return householdsOf(agentId).stream().filter(DueVisit::mustVisit)
                .sorted((a, b) -> Boolean.compare(b.due(), a.due())).toList();
    }

    /** The current account's person (agent), if it is linked to one. */
    public java.util.Optional<Long> currentAgent() {
        return java.util.Optional.ofNullable(requestQueries.actor().personId());
    }

    private static VisitRecord toRecord(Visit v) {
        var p = v.getLocation();
        return new VisitRecord(v.getId(), v.getHouseholdId(), v.getAgentId(), v.getVillageCode(), v.getVisitedAt(),
                p == null ? null : p.getX(), p == null ? null : p.getY(),
                v.getAccuracyM() == null ? null : v.getAccuracyM().doubleValue(), v.getNote(),
                v.getTags() == null ? List.of() : Arrays.asList(v.getTags()), v.getRequestId(), v.getDisputeId());
    }
}
