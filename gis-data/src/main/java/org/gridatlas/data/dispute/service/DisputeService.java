package org.gridatlas.data.dispute.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.dispute.domain.Dispute;
import org.gridatlas.data.dispute.domain.DisputeEscalation;
import org.gridatlas.data.dispute.domain.DisputeEscalationRepository;
import org.gridatlas.data.dispute.domain.DisputeLevel;
import org.gridatlas.data.dispute.domain.DisputeOutcome;
import org.gridatlas.data.dispute.domain.DisputeParty;
import org.gridatlas.data.dispute.domain.DisputePartyRepository;
import org.gridatlas.data.dispute.domain.DisputeRepository;
import org.gridatlas.data.dispute.domain.DisputeStatus;
import org.gridatlas.data.household.domain.Household;
import org.gridatlas.data.household.domain.HouseholdRepository;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NotFoundException;
import org.gridatlas.data.request.service.RequestQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes 矛盾纠纷, settled at the lowest level possible (小纠纷不出组, 一般纠纷不出点, 大纠纷不出村): open with
 * parties and place, mediate, escalate (who, when, why; only upwards), close with the mediation result.
 */
@Service
public class DisputeService {

    private final DisputeRepository disputes;
    private final DisputePartyRepository parties;
    private final DisputeEscalationRepository escalations;
    private final HouseholdRepository households;
    private final RequestQueries actors;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DisputeService(DisputeRepository disputes, DisputePartyRepository parties, DisputeEscalationRepository escalations,
                   HouseholdRepository households, RequestQueries actors, JdbcTemplate jdbc, Clock clock) {
        this.disputes = disputes;
        this.parties = parties;
        this.escalations = escalations;
        this.households = households;
        this.actors = actors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public DisputeRecord open(NewDispute in) {
        List<FieldProblem> problems = new ArrayList<>();
        String kind = in.kind() == null ? "" : in.kind().strip();
        String summary = in.summary() == null ? "" : in.summary().strip();
        if (kind.isEmpty() || kind.length() > Dispute.KIND_LENGTH) {
            problems.add(new FieldProblem("kind", "请填写纠纷类型（不超过 " + Dispute.KIND_LENGTH + " 字）"));
        }
        if (summary.isEmpty() || summary.length() > Dispute.SUMMARY_LENGTH) {
            problems.add(new FieldProblem("summary", "请填写纠纷概况（不超过 " + Dispute.SUMMARY_LENGTH + " 字）"));
        }
        if (in.partyHouseholdIds() == null || in.partyHouseholdIds().isEmpty()) {
            problems.add(new FieldProblem("parties", "至少需要一户当事人"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Household> hs = new ArrayList<>();
        for (Long id : in.partyHouseholdIds().stream().distinct().toList()) {
            hs.add(households.findById(id)
                    .orElseThrow(() -> new NotFoundException("parties", "户 " + id + " 不存在或不在您的辖区")));
        }
        Household first = hs.getFirst();
        if (!Scopes.current().canCapture(first.getVillageCode())) {
            throw new NotFoundException("parties", "户 " + first.getId() + " 不在您的录入范围");
        }
        if (in.mediatorId() != null) {
            requireMediator(in.mediatorId(), first.getVillageCode());
        }
        Instant now = clock.instant();
        Long n = jdbc.queryForObject("SELECT nextval('dispute_code_seq')", Long.class);
        Dispute d = new Dispute("M" + LocalDate.ofInstant(now, Deadlines.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%06d", n), first.getVillageCode(), kind, DisputeLevel.GROUP, summary, now);
        d.setGridAreaId(first.getGridAreaId());
        d.setLocation(first.getLocation());
        d.setMediatorId(in.mediatorId());
        disputes.saveAndFlush(d);
        for (Household h : hs) {
            parties.save(new DisputeParty(d, h.getId()));
        }
        parties.flush();
        return record(d);
    }

    /** Passes the dispute up to a higher level, recording who, when and why. */
    @Transactional
    public DisputeRecord escalate(long id, DisputeLevel to, String reason) {
        Dispute d = find(id);
        requireOpen(d);
        if (to == null || !d.getLevel().isBelow(to)) {
            throw new InvalidInputException("level", "只能上交到比「" + d.getLevel().label() + "」更高的层级");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "上交须说明理由");
        }
        escalations.save(new DisputeEscalation(d, to, clock.instant(), actors.actor().name(), reason.strip()));
        d.setLevel(to);
        d.setStatus(DisputeStatus.ESCALATED);
        disputes.saveAndFlush(d);
        return record(d);
    }

    /** Mediation begins (调解中). */
    @Transactional
    public DisputeRecord mediate(long id, Long mediatorId) {
        Dispute d = find(id);
        requireOpen(d);
        if (mediatorId != null) {
            requireMediator(mediatorId, d.getVillageCode());
            d.setMediatorId(mediatorId);
        }
        d.setStatus(DisputeStatus.MEDIATING);
        disputes.saveAndFlush(d);
        return record(d);
    }

    /** Closes with the mediation result. */
    @Transactional
    public DisputeRecord close(long id, DisputeOutcome outcome) {
        Dispute d = find(id);
        requireOpen(d);
        if (outcome == null) {
            throw new InvalidInputException("outcome", "请选择调解结果：RESOLVED 调解成功、UNRESOLVED 调解未成功");
        }
        d.setOutcome(outcome);
        d.setStatus(DisputeStatus.CLOSED);
        d.setClosedAt(clock.instant());
        disputes.saveAndFlush(d);
        return record(d);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<DisputeRecord> get(long id) {
        return disputes.findById(id).map(this::record);
    }

    /** The roles that may mediate: agents 代办员 and supervisors 网格长 / secretaries, not liaisons or residents. */
    static final List<String> MEDIATOR_ROLES = List.of("AGENT", "SUPERVISOR");

    /**
     * The mediator must be an active agent or supervisor who works inside the caller's capture area, or who serves
     * the town or village the dispute is in (a town's agents and leader serve every village of it). Anything else,
     * a foreign town's agent or an id that is no person, is refused naming the field {@code mediatorId}.
     */
    private void requireMediator(long mediatorId, String villageCode) {
        List<String[]> found = jdbc.query("SELECT role, division_code, active FROM person WHERE id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getBoolean(3))}, mediatorId);
        if (found.isEmpty()) {
            throw new InvalidInputException("mediatorId", "调解人 " + mediatorId + " 不是已登记的人员");
        }
        String role = found.getFirst()[0];
        String division = found.getFirst()[1];
        if (!MEDIATOR_ROLES.contains(role) || !Boolean.parseBoolean(found.getFirst()[2])) {
            throw new InvalidInputException("mediatorId", "调解人 " + mediatorId + " 须是在岗的代办员或网格长");
        }
        boolean inCaptureArea = Scopes.current().canCapture(division);
        boolean servesThePlace = villageCode != null && villageCode.startsWith(division);
        if (!inCaptureArea && !servesThePlace) {
            throw new InvalidInputException("mediatorId", "调解人 " + mediatorId + " 不在您的录入范围，也不服务纠纷所在的镇村");
        }
    }

    private Dispute find(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("id", "纠纷 " + id + " 不存在或不在您的辖区"));
    }

    private static void requireOpen(Dispute d) {
        if (d.getStatus() == DisputeStatus.CLOSED) {
            throw new InvalidInputException("status", "纠纷 " + d.getCode() + " 已结案");
        }
    }

    private DisputeRecord record(Dispute d) {
        List<Long> ps = jdbc.queryForList("SELECT household_id FROM dispute_party WHERE dispute_id = ? ORDER BY household_id",
                Long.class, d.getId());
        List<DisputeRecord.Escalation> es = jdbc.query("SELECT from_level, to_level, at, actor_name, reason"
                        + " FROM dispute_escalation WHERE dispute_id = ? ORDER BY at, id",
                (rs, i) -> new DisputeRecord.Escalation(DisputeLevel.valueOf(rs.getString(1)),
                        DisputeLevel.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5)), d.getId());
        return new DisputeRecord(d.getId(), d.getCode(), d.getVillageCode(), d.getKind(), d.getSummary(), d.getLevel(),
                d.getStatus(), d.getOutcome(), d.getMediatorId(), d.getOpenedAt(), d.getClosedAt(), ps, es);
    }
}
