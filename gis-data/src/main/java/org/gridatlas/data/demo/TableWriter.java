package org.gridatlas.data.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Coordinate;

/** Writes the model (and the streamed visits) table by table, in foreign-key order, to a {@link RowSink}. */
final class TableWriter {

    static final String DIVISION = "code, level, parent_code, county_code, name, holds_households, seat, boundary";
    static final String GRID_AREA = "id, code, name, county_code, village_code, visit_cycle_days, boundary";
    static final String VILLAGE_GROUP = "id, code, name, county_code, village_code, grid_area_id, boundary";
    static final String HOUSEHOLD = "id, code, county_code, village_code, grid_area_id, group_id, address, size, "
            + "head_name, id_number, phone, low_income, disabled, elderly_alone, petitioner, veteran_party_member, "
            + "location, created_at";
    static final String PERSON = "id, code, county_code, role, level, division_code, grid_area_id, name, id_number, "
            + "phone, party_member, active, home";
    static final String SERVICE_POST = "id, county_code, kind, name, division_code, grid_area_id, leader_id, location";
    static final String LIAISON_LINK = "id, county_code, household_id, liaison_id, valid_from, valid_to, changed_by, reason";
    static final String AGENT_LINK = "id, county_code, liaison_id, agent_id, valid_from, valid_to, changed_by, reason";
    static final String REQUEST_ITEM = "id, category, item, sort_order, active";
    static final String SERVICE_REQUEST = "id, code, county_code, village_code, grid_area_id, household_id, item_id, "
            + "channel, case_type, status, description, agent_id, location, created_at, accepted_at, deadline, "
            + "replied_at, closed_at, rating";
    static final String REQUEST_STEP = "id, county_code, request_id, step, actor_id, actor_name, at, note";
    static final String DISPUTE = "id, code, county_code, village_code, grid_area_id, kind, level, status, outcome, "
            + "summary, mediator_id, location, opened_at, closed_at, is_petition";
    static final String DISPUTE_PARTY = "dispute_id, household_id, county_code";
    static final String DISPUTE_ESCALATION = "id, county_code, dispute_id, from_level, to_level, at, actor_name, reason";
    static final String VISIT = "id, county_code, village_code, agent_id, household_id, visited_at, location, "
            + "accuracy_m, note, tags, request_id, dispute_id";

    private final DemoModel m;
    private final Map<Long, String> villageOfRequest = new java.util.HashMap<>();
    private final Map<Long, String> villageOfDispute = new java.util.HashMap<>();
    private final RowSink sink;
    private final Consumer<String> progress;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    TableWriter(DemoModel model, RowSink sink, Consumer<String> progress) {
        this.m = model;
        model.requests.forEach(r -> villageOfRequest.put(r.id(), r.villageCode()));
        model.disputes.forEach(d -> villageOfDispute.put(d.id(), d.villageCode()));
        this.sink = sink;
        this.progress = progress;
    }

    Map<String, Long> writeAll(long seed) {
        table("division", DIVISION, "写入行政区划", () -> m.divisions.forEach(d -> sink.text(d.code()).text(d.level())
                .text(d.parentCode()).text(county(d.code())).text(d.name()).bool(d.holdsHouseholds()).point(lon(d.seat()), lat(d.seat()))
                .geometry(d.boundary()).endRow()));
        table("grid_area", GRID_AREA, "写入片区", () -> m.gridAreas.forEach(a -> sink.number(a.id()).text(a.code())
                .text(a.name()).text(county(a.villageCode())).text(a.villageCode()).number(a.cycleDays()).geometry(a.boundary()).endRow()));
        table("village_group", VILLAGE_GROUP, "写入村民小组", () -> m.groups.forEach(g -> sink.number(g.id())
                .text(g.code()).text(g.name()).text(county(g.villageCode())).text(g.villageCode()).number(g.gridAreaId())
                .geometry(g.boundary()).endRow()));
        table("household", HOUSEHOLD, "写入住户", () -> m.households.forEach(h -> sink.number(h.id()).text(h.code())
                .text(county(h.villageCode())).text(h.villageCode()).number(h.gridAreaId()).number(h.groupId()).text(h.address())
                .number(h.size()).text(h.headName()).text(h.idNumber()).text(h.phone()).bool(h.lowIncome())
                .bool(h.disabled()).bool(h.elderlyAlone()).bool(h.petitioner()).bool(h.veteran())
                .point(h.lon(), h.lat()).time(h.createdAt()).endRow()));
        table("person", PERSON, "写入代办员、联络员、网格长", () -> m.people.forEach(p -> sink.number(p.id()).text(p.code())
                .text(county(p.divisionCode())).text(p.role()).text(p.level()).text(p.divisionCode()).number(p.gridAreaId())
                .text(p.name()).text(p.idNumber()).text(p.phone())
                .bool(!p.role().equals(PeopleGenerator.LIAISON) || p.id() % 3 != 0).bool(true)
                .point(lon(p.home()), lat(p.home())).endRow()));
        table("service_post", SERVICE_POST, "写入代办窗口、代办站、代办点", () -> m.posts.forEach(p -> sink.number(p.id())
                .text(county(p.divisionCode())).text(p.kind()).text(p.name()).text(p.divisionCode()).number(p.gridAreaId())
                .number(p.leaderId()).point(lon(p.location()), lat(p.location())).endRow()));
        table("liaison_link", LIAISON_LINK, "写入联户关系", () -> m.liaisonLinks.forEach(l -> link(l, m.household(l.subjectId()).villageCode())));
        table("agent_link", AGENT_LINK, "写入代办员联系联络员", () -> m.agentLinks.forEach(l -> link(l, m.person(l.subjectId()).divisionCode())));
        table("request_item", REQUEST_ITEM, "写入代办事项目录", () -> m.items.forEach(i -> sink.number(i.id())
                .text(i.category()).text(i.item()).number(i.sortOrder()).bool(true).endRow()));
        table("service_request", SERVICE_REQUEST, "写入代办事项", () -> m.requests.forEach(r -> sink.number(r.id())
                .text(r.code()).text(county(r.villageCode())).text(r.villageCode()).number(r.gridAreaId()).number(r.householdId())
                .number(r.itemId()).text(r.channel()).text(r.caseType()).text(r.status()).text(r.description())
                .number(r.agentId()).point(r.lon(), r.lat()).time(r.createdAt()).time(r.acceptedAt())
                .time(r.deadline()).time(r.repliedAt()).time(r.closedAt()).text(r.rating()).endRow()));
        table("request_step", REQUEST_STEP, "写入办理步骤", () -> m.steps.forEach(s -> sink.number(s.id()).text(county(villageOfRequest.get(s.requestId())))
                .number(s.requestId()).text(s.step()).number(s.actorId()).text(s.actorName()).time(s.at())
                .text(s.note()).endRow()));
        table("dispute", DISPUTE, "写入矛盾纠纷", () -> m.disputes.forEach(d -> sink.number(d.id()).text(d.code())
                .text(county(d.villageCode())).text(d.villageCode()).number(d.gridAreaId()).text(d.kind()).text(d.level())
                .text(d.status()).text(d.outcome()).text(d.summary()).number(d.mediatorId()).point(d.lon(), d.lat())
                .time(d.openedAt()).time(d.closedAt()).bool(d.petition()).endRow()));
        table("dispute_party", DISPUTE_PARTY, "写入纠纷当事人", () -> m.parties.forEach(p -> sink.number(p.disputeId())
                .number(p.householdId()).text(county(villageOfDispute.get(p.disputeId()))).endRow()));
        table("dispute_escalation", DISPUTE_ESCALATION, "写入纠纷上报", () -> m.escalations.forEach(e -> sink
                .number(e.id()).text(county(villageOfDispute.get(e.disputeId()))).number(e.disputeId()).text(e.fromLevel()).text(e.toLevel()).time(e.at())
                .text(e.actorName()).text(e.reason()).endRow()));
        table("visit", VISIT, "写入走访记录", () -> new VisitStream(seed).write(m, sink));
        return counts;
    }

    /** The county of a division code (its first six digits): a profile may span several counties. */
    static String county(String code) {
        return code.substring(0, 6);
    }

    private void link(DemoModel.Link l, String subjectCode) {
        sink.number(l.id()).text(county(subjectCode)).number(l.subjectId()).number(l.personId()).time(l.validFrom())
                .time(l.validTo()).text(l.changedBy()).text(l.reason()).endRow();
    }

    private void table(String table, String columns, String label, Runnable rows) {
        long t0 = System.nanoTime();
        sink.begin(table, columns);
        rows.run();
        long n = sink.end();
        counts.put(table, n);
        progress.accept(String.format("%s… / %s: %,d (%.1f s)", label, table, n, (System.nanoTime() - t0) / 1e9));
    }

    private static double lon(Coordinate c) {
        return c == null ? Double.NaN : c.x;
    }

    private static double lat(Coordinate c) {
        return c == null ? Double.NaN : c.y;
    }
}
