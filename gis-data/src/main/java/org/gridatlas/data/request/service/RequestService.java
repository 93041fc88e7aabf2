package org.gridatlas.data.request.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.household.domain.Household;
import org.gridatlas.data.household.domain.HouseholdRepository;
import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.RequestItem;
import org.gridatlas.data.request.domain.RequestItemRepository;
import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStep;
import org.gridatlas.data.request.domain.RequestStepKind;
import org.gridatlas.data.request.domain.RequestStepRepository;
import org.gridatlas.data.request.domain.ServiceRequest;
import org.gridatlas.data.request.domain.ServiceRequestRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the closed loop: intake 点单, acceptance 受理 (case type → deadline), dispatch 派单 and each
 * step to the rating 评单 and archive 建档. Every method runs in one transaction: a refused step writes nothing.
 * Row-level security hides requests and households outside the user's area, so a foreign id is "not found".
 */
@Service
public class RequestService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CURRENT_AGENT = "SELECT al.agent_id FROM liaison_link ll"
            + " JOIN agent_link al ON al.liaison_id = ll.liaison_id"
            + " WHERE ll.household_id = ? AND ll.valid_from <= ? AND (ll.valid_to IS NULL OR ll.valid_to > ?)"
            + " AND al.valid_from <= ? AND (al.valid_to IS NULL OR al.valid_to > ?) ORDER BY al.valid_from DESC LIMIT 1";

    private final ServiceRequestRepository requests;
    private final RequestStepRepository steps;
    private final RequestItemRepository items;
    private final HouseholdRepository households;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RequestQueries queries;

    RequestService(ServiceRequestRepository requests, RequestStepRepository steps, RequestItemRepository items,
                   HouseholdRepository households, AuditService audit, Deadlines deadlines, JdbcTemplate jdbc,
                   Clock clock, RequestQueries queries) {
        this.requests = requests;
        this.steps = steps;
        this.items = items;
        this.households = households;
        this.audit = audit;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = queries;
    }

    /** The outcome of an intake: the request and whether an earlier submission with the same key was returned. */
    public record Created(RequestDetail request, boolean replayed) {
    }

    /**
     * Takes a request 点单 (status 待受理). The location and area are the household's. With an idempotency key, a
     * repeated submission returns the first one's request and writes nothing.
     */
    @Transactional
    public Created create(NewRequest in) {
        Scopes.current().requireFieldDataRole();
        String key = in.idempotencyKey() == null || in.idempotencyKey().isBlank() ? null : in.idempotencyKey().strip();
        if (key != null) {
            if (key.length() > ServiceRequest.IDEMPOTENCY_KEY_LENGTH) {
                throw new InvalidInputException("Idempotency-Key",
                        "不能超过 " + ServiceRequest.IDEMPOTENCY_KEY_LENGTH + " 个字符");
            }
            Optional<ServiceRequest> earlier = requests.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return new Created(queries.detail(earlier.get()), true);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (in.householdId() == null) {
            problems.add(new FieldProblem("householdId", "请选择户"));
        }
        RequestItem item = null;
        if (in.itemId() == null) {
            problems.add(new FieldProblem("itemId", "请选择代办事项"));
        } else {
            item = items.findById(in.itemId()).filter(RequestItem::isActive).orElse(null);
            if (item == null) {
                problems.add(new FieldProblem("itemId", "代办事项 " + in.itemId() + " 不存在或已停用"));
            }
        }
        String description = in.description() == null ? "" : in.description().strip();
        if (description.isEmpty()) {
            problems.add(new FieldProblem("description", "请填写诉求内容"));
        } else if (description.length() > ServiceRequest.DESCRIPTION_LENGTH) {
            problems.add(new FieldProblem("description", "诉求内容不能超过 " + ServiceRequest.DESCRIPTION_LENGTH + " 个字"));
        }
        if (in.channel() == null) {
            problems.add(new FieldProblem("channel", "请选择来源渠道：VISIT、STATION、HOTLINE 或 ONLINE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Household h = households.findById(in.householdId())
                .orElseThrow(() -> new NotFoundException("householdId", "户 " + in.householdId() + " 不存在或不在您的辖区"));
        Scope scope = Scopes.current();
        if (!scope.canCapture(h.getVillageCode())) {
            throw new NotFoundException("householdId", "户 " + in.householdId() + " 不在您的录入范围");
        }
        Instant now = clock.instant();
        ServiceRequest r = new ServiceRequest(nextCode(now), h.getVillageCode(), item.getId(), in.channel(), description, now);
        r.setHouseholdId(h.getId());
        r.setGridAreaId(h.getGridAreaId());
        r.setLocation(h.getLocation());
        r.setAgentId(currentAgentOf(h.getId(), now).orElse(null));
        r.setIdempotencyKey(key);
        requests.saveAndFlush(r);
        audit.record(AuditAction.REQUEST_TRANSITION, "request:" + r.getId(), "点单 " + r.getCode(), null);
        return new Created(queries.detail(r), false);
    }

    /** Takes one step on request {@code id}; refused steps throw and write nothing. */
    @Transactional
    public RequestDetail advance(long id, StepCommand cmd) {
        Scopes.current().requireFieldDataRole();
        if (cmd == null || cmd.step() == null) {
            throw new InvalidInputException("step", "请指定环节：" + java.util.Arrays.toString(RequestStepKind.values()));
        }
        ServiceRequest r = requests.findById(id)
                .orElseThrow(() -> new NotFoundException("id", "诉求 " + id + " 不存在或不在您的辖区"));
        if (cmd.expectedVersion() != null && cmd.expectedVersion() != r.getVersion()) {
            throw new ConflictException("诉求 " + r.getCode() + " 已被他人修改（版本 " + r.getVersion() + "），请刷新后重试");
        }
        if (!Scopes.current().canCapture(r.getVillageCode())) {
            throw new NotFoundException("id", "诉求 " + id + " 不在您的录入范围");
        }
        RequestStepKind step = cmd.step() == RequestStepKind.ACCEPT && cmd.caseType() == CaseType.RETURNED
                ? RequestStepKind.RETURN : cmd.step();
        RequestStatus to = RequestStateMachine.next(r.getStatus(), step, queries.stepsTaken(r));
        String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
        if (note != null && note.length() > RequestStep.NOTE_LENGTH) {
            throw new InvalidInputException("note", "说明不能超过 " + RequestStep.NOTE_LENGTH + " 个字");
        }
        Instant now = clock.instant();
        switch (step) {
            case ACCEPT -> accept(r, cmd, now);
            case RETURN -> {
                if (note == null) {
                    throw new InvalidInputException("note", "退回须说明理由");
                }
                r.setCaseType(CaseType.RETURNED);
                r.setClosedAt(now);
            }
            case REPLY -> r.setRepliedAt(now);
            case RATE -> {
                if (cmd.rating() == null) {
                    throw new InvalidInputException("rating", "请选择评价：SATISFIED 满意、BASIC 基本满意、UNSATISFIED 不满意");
                }
                r.setRating(cmd.rating());
            }
            case ARCHIVE -> r.setClosedAt(now);
            default -> { }
        }
        RequestStatus from = r.getStatus();
        r.setStatus(to);
        requests.saveAndFlush(r);
        Actor actor = queries.actor();
        String stepNote = step == RequestStepKind.RATE ? join(cmd.rating().label(), note) : note;
        steps.save(new RequestStep(r, step, actor.personId(), actor.name(), now, stepNote));
        audit.record(AuditAction.REQUEST_TRANSITION, "request:" + r.getId(),
                step.label() + "：" + from.label() + " → " + to.label(), null);
        return queries.detail(r);
    }

    /** 派单: hands an open request to another agent of the area. */
    @Transactional
    public RequestDetail dispatch(long id, long agentId) {
        Scopes.current().requireFieldDataRole();
        ServiceRequest r = requests.findById(id)
                .orElseThrow(() -> new NotFoundException("id", "诉求 " + id + " 不存在或不在您的辖区"));
        if (!Overdue.OPEN.contains(r.getStatus())) {
            throw new InvalidInputException("agentId", "诉求已「" + r.getStatus().label() + "」，不能再派单");
        }
        requireAgentVisible(agentId);
        r.setAgentId(agentId);
        requests.saveAndFlush(r);
        audit.record(AuditAction.REQUEST_TRANSITION, "request:" + id, "派单 → person:" + agentId, null);
        return queries.detail(r);
    }

    private void accept(ServiceRequest r, StepCommand cmd, Instant now) {
        if (cmd.caseType() == null) {
            throw new InvalidInputException("caseType", "受理须选择件别：IMMEDIATE 即办件、COMMITTED 承办件、JOINT 联办件、"
                    + "ESCALATED 上报件、RETURNED 退回件");
        }
        r.setCaseType(cmd.caseType());
        r.setAcceptedAt(now);
        r.setDeadline(deadlines.deadline(cmd.caseType(), now));
        if (cmd.agentId() != null) {
            requireAgentVisible(cmd.agentId());
            r.setAgentId(cmd.agentId());
        } else if (r.getAgentId() == null && r.getHouseholdId() != null) {
            r.setAgentId(currentAgentOf(r.getHouseholdId(), now).orElse(null));
        }
    }

    private void requireAgentVisible(long agentId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM person WHERE id = ? AND role = 'AGENT'", Integer.class, agentId);
        if (n == null || n == 0) {
            throw new NotFoundException("agentId", "代办员 " + agentId + " 不存在或不在您的辖区");
        }
    }

    /** The household's agent now: liaison_link → agent_link, both valid at {@code at}. */
    Optional<Long> currentAgentOf(long householdId, Instant at) {
        var ts = java.sql.Timestamp.from(at);
        return jdbc.query(CURRENT_AGENT, (rs, i) -> rs.getLong(1), householdId, ts, ts, ts, ts).stream().findFirst();
    }

    private String nextCode(Instant now) {
        Long n = jdbc.queryForObject("SELECT nextval('service_request_code_seq')", Long.class);
        return "R" + LocalDate.ofInstant(now, Deadlines.ZONE).format(DAY) + String.format("%06d", n);
    }

    private static String join(String a, String b) {
        return b == null ? a : a + "：" + b;
    }
}
