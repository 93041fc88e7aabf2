package org.gridatlas.data.request.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.household.domain.HouseholdRepository;
import org.gridatlas.data.request.domain.RequestItem;
import org.gridatlas.data.request.domain.RequestItemRepository;
import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStep;
import org.gridatlas.data.request.domain.RequestStepKind;
import org.gridatlas.data.request.domain.RequestStepRepository;
import org.gridatlas.data.request.domain.ServiceRequest;
import org.gridatlas.data.request.domain.ServiceRequestRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of requests: one request with its timeline, lists by area and status, and the worklists. */
@Service
public class RequestQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final ServiceRequestRepository requests;
    private final RequestStepRepository steps;
    private final RequestItemRepository items;
    private final HouseholdRepository households;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RequestQueries(ServiceRequestRepository requests, RequestStepRepository steps, RequestItemRepository items,
                   HouseholdRepository households, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.steps = steps;
        this.items = items;
        this.households = households;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<RequestDetail> find(long id) {
        return requests.findById(id).map(this::detail);
    }

    /** The active catalogue, in its order (category → items). */
    @Transactional(readOnly = true)
    public List<RequestItem> catalogue() {
        return items.findByActiveTrueOrderBySortOrderAscIdAsc();
    }

    /** Requests in {@code area} (a division-code prefix; blank = the whole view area), newest first. */
    @Transactional(readOnly = true)
    public RequestPage list(String area, RequestStatus status, int page, int size) {
        if (area != null && !area.isBlank() && !area.strip().matches("[0-9]{2,12}")) {
            throw new InvalidInputException("area", "区划代码应为 2 到 12 位数字，收到「" + area + "」");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        Specification<ServiceRequest> spec = (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (area != null && !area.isBlank()) {
                p.add(cb.like(root.get("villageCode"), area.strip() + "%"));
            }
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Page<ServiceRequest> found = requests.findAll(spec,
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new RequestPage(summaries(found.getContent()), page, size, found.getTotalElements());
    }

    /** Counts by status in {@code area} (the supervisor's view). */
    @Transactional(readOnly = true)
    public Map<RequestStatus, Long> countsByStatus(String area) {
        String prefix = area == null ? "" : area.strip();
        Map<RequestStatus, Long> counts = new java.util.EnumMap<>(RequestStatus.class);
        jdbc.query("SELECT status, count(*) FROM service_request WHERE village_code LIKE ? GROUP BY status",
                rs -> {
                    counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, prefix + "%");
        return counts;
    }

    /**
     * A worklist of the current user: an agent's own requests when the account is linked to a person, otherwise
     * every request in the user's area. Sorted by deadline, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<RequestSummary> worklist(Worklist list, int limit) {
        Long me = actor().personId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadlines.ZONE);
        Instant dayStart = today.atStartOfDay(Deadlines.ZONE).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant();
        Specification<ServiceRequest> spec = (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (me != null) {
                p.add(cb.equal(root.get("agentId"), me));
            }
            switch (list) {
                case MY_OPEN -> p.add(root.get("status").in(Overdue.OPEN));
                case DUE_TODAY -> {
                    p.add(root.get("status").in(Overdue.OPEN));
                    p.add(cb.greaterThanOrEqualTo(root.get("deadline"), dayStart));
                    p.add(cb.lessThan(root.get("deadline"), dayEnd));
                }
                case OVERDUE -> {
                    p.add(root.get("status").in(Overdue.OPEN));
                    p.add(cb.lessThan(root.get("deadline"), now.plus(Overdue.WARNING)));
                }
                case AWAITING_RATING -> p.add(cb.equal(root.get("status"), RequestStatus.REPLIED));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Sort sort = Sort.by(Sort.Order.asc("deadline").nullsLast(), Sort.Order.desc("createdAt"));
        return summaries(requests.findAll(spec, PageRequest.of(0, Math.min(Math.max(limit, 1), MAX_PAGE_SIZE), sort))
                .getContent());
    }

    /** Households of the user's area whose code starts with, or whose address contains, {@code text}. */
    @Transactional(readOnly = true)
    public List<HouseholdChoice> householdChoices(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.length() > 60) {
            return List.of();
        }
        return jdbc.query("SELECT id, code, address, village_code FROM household WHERE code LIKE ? OR address LIKE ?"
                        + " ORDER BY code LIMIT ?",
                (rs, i) -> new HouseholdChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                q.replace("%", "") + "%", "%" + q.replace("%", "") + "%", Math.min(Math.max(limit, 1), 50));
    }

    /** The person and name of the current account ("system" for system tasks). */
    public Actor actor() {
        Scope scope = Scopes.current();
        if (scope.isSystem()) {
            return new Actor(null, "系统");
        }
        return jdbc.query("SELECT person_id, display_name FROM app_user WHERE username = ?",
                        (rs, i) -> new Actor((Long) rs.getObject(1, Long.class), rs.getString(2)), scope.username())
                .stream().findFirst().orElse(new Actor(null, scope.username()));
    }

    RequestDetail detail(ServiceRequest r) {
        RequestSummary s = summaries(List.of(r)).getFirst();
        var h = r.getHouseholdId() == null ? null : households.findById(r.getHouseholdId()).orElse(null);
        var p = r.getLocation();
        List<StepRecord> timeline = r.getId() == null ? List.of() : steps.findByRequestIdOrderByAtAscIdAsc(r.getId())
                .stream().map(st -> new StepRecord(st.getStep(), st.getStep().label(), st.getActorName(), st.getAt(),
                        st.getNote()))
                .toList();
        return new RequestDetail(s, r.getDescription(), r.getRating(), h == null ? null : h.getAddress(),
                p == null ? null : p.getX(), p == null ? null : p.getY(), timeline,
                RequestStateMachine.allowedNext(r.getStatus(), timeline.stream().map(StepRecord::step).toList()));
    }

    /** The steps request {@code r} has taken so far (for the once-per-request rules of the state machine). */
    List<RequestStepKind> stepsTaken(ServiceRequest r) {
        return r.getId() == null ? List.of()
                : steps.findByRequestIdOrderByAtAscIdAsc(r.getId()).stream().map(RequestStep::getStep).toList();
    }

    private List<RequestSummary> summaries(List<ServiceRequest> rs) {
        Map<Integer, RequestItem> byId = items.findAll().stream()
                .collect(Collectors.toMap(RequestItem::getId, Function.identity()));
        Instant now = clock.instant();
        return rs.stream().map(r -> {
            RequestItem item = byId.get(r.getItemId());
            return new RequestSummary(r.getId(), r.getCode(), r.getVillageCode(), r.getHouseholdId(),
                    item == null ? null : item.getCategory(), item == null ? null : item.getItem(), r.getChannel(),
                    r.getCaseType(), r.getStatus(), r.getAgentId(), r.getCreatedAt(), r.getDeadline(),
                    Overdue.of(r.getStatus(), r.getDeadline(), now), r.getVersion());
        }).toList();
    }
}
