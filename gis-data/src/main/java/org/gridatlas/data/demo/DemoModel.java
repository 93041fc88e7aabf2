package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;

/** The generated data set in memory (everything except visits, which are streamed). Times are epoch seconds. */
final class DemoModel {

    record Division(String code, String level, String parentCode, String name, boolean holdsHouseholds,
                    boolean community, Coordinate seat, MultiPolygon boundary) {
    }

    record GridArea(long id, String code, String name, String villageCode, int cycleDays, Coordinate seat,
                    MultiPolygon boundary) {
    }

    record Group(long id, String code, String name, String villageCode, long gridAreaId, Coordinate seat,
                 MultiPolygon boundary) {
    }

    /** A household; {@code lon}/{@code lat} are NaN when the location is missing. */
    record Household(long id, String code, String villageCode, long gridAreaId, long groupId, String address,
                     int size, String headName, String idNumber, String phone, boolean lowIncome,
                     boolean disabled, boolean elderlyAlone, boolean petitioner, boolean veteran,
                     double lon, double lat, long createdAt) {

        boolean mustVisit() {
            return lowIncome || petitioner || veteran;
        }

        boolean located() {
            return !Double.isNaN(lon);
        }
    }

    record Person(long id, String code, String role, String level, String divisionCode, Long gridAreaId,
                  String name, String idNumber, String phone, Coordinate home) {
    }

    record Post(long id, String kind, String name, String divisionCode, Long gridAreaId, Long leaderId,
                Coordinate location) {
    }

    /** liaison_link (subject = household) or agent_link (subject = liaison). */
    record Link(long id, long subjectId, long personId, long validFrom, Long validTo, String changedBy,
                String reason) {
    }

    record Request(long id, String code, String villageCode, long gridAreaId, long householdId, int itemId,
                   String channel, String caseType, String status, String description, long agentId,
                   double lon, double lat, long createdAt, Long acceptedAt, Long deadline, Long repliedAt,
                   Long closedAt, String rating) {
    }

    record Step(long id, long requestId, String step, Long actorId, String actorName, long at, String note) {
    }

    record Dispute(long id, String code, String villageCode, long gridAreaId, String kind, String level,
                   String status, String outcome, String summary, Long mediatorId, double lon, double lat,
                   long openedAt, Long closedAt, boolean petition) {
    }

    record Party(long disputeId, long householdId) {
    }

    record Escalation(long id, long disputeId, String fromLevel, String toLevel, long at, String actorName,
                      String reason) {
    }

    /** A visit that produced a request or a dispute (the cyclic visits are generated while streaming). */
    record LinkedVisit(long agentId, long householdId, String villageCode, long at, Long requestId,
                       Long disputeId) {
    }

    /** An agent's households, for the visit stream. */
    record AgentRound(long agentId, double diligence, long[] householdIds) {
    }

    final ProfileSpec spec;
    final Period period;
    final List<Division> divisions = new ArrayList<>();
    final List<GridArea> gridAreas = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<Household> households = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    final List<Link> liaisonLinks = new ArrayList<>();
    final List<Link> agentLinks = new ArrayList<>();
    final List<RequestCatalogue.Item> items = RequestCatalogue.ITEMS;
    final List<Request> requests = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Dispute> disputes = new ArrayList<>();
    final List<Party> parties = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final List<LinkedVisit> linkedVisits = new ArrayList<>();
    final List<AgentRound> rounds = new ArrayList<>();
    /** household id (1-based) → current agent id; index 0 unused. */
    long[] agentOfHousehold;
    /** Lookups for mediators and escalations (never iterated). */
    final Map<Long, Long> chiefOfArea = new HashMap<>();
    final Map<String, Long> secretaryOfVillage = new HashMap<>();
    final Map<String, Long> leaderOfTown = new HashMap<>();

    DemoModel(ProfileSpec spec, Period period) {
        this.spec = spec;
        this.period = period;
    }

    Household household(long id) {
        return households.get((int) id - 1);
    }

    Person person(long id) {
        return people.get((int) id - 1);
    }

    GridArea gridArea(long id) {
        return gridAreas.get((int) id - 1);
    }
}
