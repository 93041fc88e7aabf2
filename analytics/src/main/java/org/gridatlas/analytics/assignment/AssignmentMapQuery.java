package org.gridatlas.analytics.assignment;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * What the assignment screen shows for one village (optionally one grid area): households with their current
 * liaison and agent, agents' territories (concave hulls), the agent panel, liaisons, and a polygon selection.
 * Geometry stays in SQL (bbox-first {@code &&} before {@code ST_Intersects}).
 */
@Component
public class AssignmentMapQuery {

    public record Household(long id, String code, double lon, double lat, long linkId, long liaisonId, long agentId) {
    }

    public record Territory(long agentId, String geoJson) {
    }

    public record AgentRow(long id, String code, String name, long households, long liaisons, long openItems,
            long visitedLastQuarter, long assignedLastQuarter) {
    }

    public record LiaisonRow(long id, String code, String name, long agentId, long households) {
    }

    public record Village(String code, String name) {
    }

    private static final String CURRENT = """
            SELECT h.id, h.code, ST_X(h.location), ST_Y(h.location), COALESCE(ll.id, 0), COALESCE(ll.liaison_id, 0),
                   COALESCE(al.agent_id, 0)
              FROM household h
              LEFT JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
              LEFT JOIN agent_link al ON al.liaison_id = ll.liaison_id AND al.valid_to IS NULL
             WHERE h.village_code = ? AND h.location IS NOT NULL AND (?::bigint IS NULL OR h.grid_area_id = ?::bigint)
             ORDER BY h.id""";
    private static final String TERRITORIES = """
            SELECT al.agent_id, ST_AsGeoJSON(ST_ConcaveHull(ST_Collect(h.location), 0.4), 6)
              FROM household h
              JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
              JOIN agent_link al ON al.liaison_id = ll.liaison_id AND al.valid_to IS NULL
             WHERE h.village_code = ? AND h.location IS NOT NULL AND (?::bigint IS NULL OR h.grid_area_id = ?::bigint)
             GROUP BY al.agent_id HAVING count(*) >= 3 ORDER BY al.agent_id""";
    private static final String SELECT_IN_POLYGON = """
            WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) AS geom)
            SELECT h.id FROM household h, g
             WHERE h.village_code = ? AND h.location && g.geom AND ST_Intersects(h.location, g.geom)
               AND (?::bigint IS NULL OR h.grid_area_id = ?::bigint)
             ORDER BY h.id""";
    /** Coverage uses the as-of rule of AssignmentService.responsibleAt: both links valid at the quarter's end. */
    private static final String AGENTS = """
            WITH ag AS (
              SELECT a.id, a.code, a.name FROM person a
               WHERE a.role = 'AGENT' AND a.active
                 AND (a.division_code = ? OR a.grid_area_id IN (SELECT id FROM grid_area WHERE village_code = ?))
                 AND (?::bigint IS NULL OR a.grid_area_id = ?::bigint)),
            cur AS (
              SELECT al.agent_id, al.liaison_id, ll.household_id FROM agent_link al
                LEFT JOIN liaison_link ll ON ll.liaison_id = al.liaison_id AND ll.valid_to IS NULL
               WHERE al.valid_to IS NULL AND al.agent_id IN (SELECT id FROM ag)),
            resp AS (
              SELECT al.agent_id, ll.household_id FROM agent_link al
                JOIN liaison_link ll ON ll.liaison_id = al.liaison_id
                 AND ll.valid_from <= ?::timestamptz AND (ll.valid_to IS NULL OR ll.valid_to > ?::timestamptz)
               WHERE al.agent_id IN (SELECT id FROM ag) AND al.valid_from <= ?::timestamptz AND (al.valid_to IS NULL OR al.valid_to > ?::timestamptz))
            SELECT ag.id, ag.code, ag.name,
                   (SELECT count(household_id) FROM cur WHERE cur.agent_id = ag.id),
                   (SELECT count(DISTINCT liaison_id) FROM cur WHERE cur.agent_id = ag.id),
                   (SELECT count(*) FROM service_request r WHERE r.agent_id = ag.id
                     AND r.status NOT IN ('RATED', 'ARCHIVED', 'RETURNED')),
                   (SELECT count(DISTINCT resp.household_id) FROM resp WHERE resp.agent_id = ag.id
                     AND EXISTS (SELECT 1 FROM visit v WHERE v.household_id = resp.household_id
                                  AND v.visited_at >= ?::timestamptz AND v.visited_at < ?::timestamptz)),
                   (SELECT count(DISTINCT resp.household_id) FROM resp WHERE resp.agent_id = ag.id)
              FROM ag ORDER BY ag.code""";
    private static final String LIAISONS = """
            SELECT p.id, p.code, p.name, COALESCE(al.agent_id, 0),
                   (SELECT count(*) FROM liaison_link ll WHERE ll.liaison_id = p.id AND ll.valid_to IS NULL)
              FROM person p LEFT JOIN agent_link al ON al.liaison_id = p.id AND al.valid_to IS NULL
             WHERE p.role = 'LIAISON' AND p.active
               AND (p.division_code = ? OR p.grid_area_id IN (SELECT id FROM grid_area WHERE village_code = ?))
               AND (?::bigint IS NULL OR p.grid_area_id = ?::bigint)
             ORDER BY p.code""";
    private static final String VILLAGES = "SELECT code, name FROM division WHERE level = 'VILLAGE' AND code LIKE ?"
            + " AND holds_households ORDER BY code";
    private static final String GRID_AREAS = "SELECT id, code, name FROM grid_area WHERE village_code = ? ORDER BY code";

    private final DSLContext dsl;

    public AssignmentMapQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Village> villages(String areaPrefix) {
        return dsl.fetch(VILLAGES, areaPrefix.replace("%", "").replace("_", "") + "%")
                .map(r -> new Village(r.get(0, String.class), r.get(1, String.class)));
    }

    public List<Village> gridAreas(String village) {
        return dsl.fetch(GRID_AREAS, village)
                .map(r -> new Village(r.get(0, Long.class) + "", r.get(1, String.class) + " " + r.get(2, String.class)));
    }

    public List<Household> households(String village, Long gridArea) {
        return dsl.fetch(CURRENT, village, gridArea, gridArea).map(r -> new Household(r.get(0, Long.class),
                r.get(1, String.class), r.get(2, Double.class), r.get(3, Double.class), r.get(4, Long.class),
                r.get(5, Long.class), r.get(6, Long.class)));
    }

    public List<Territory> territories(String village, Long gridArea) {
        return dsl.fetch(TERRITORIES, village, gridArea, gridArea)
                .map(r -> new Territory(r.get(0, Long.class), r.get(1, String.class)));
    }

    /** Households of the village inside a GeoJSON polygon; throws IllegalArgumentException on bad GeoJSON. */
    public List<Long> inPolygon(String village, Long gridArea, String polygonGeoJson) {
        try {
            return dsl.fetch(SELECT_IN_POLYGON, polygonGeoJson, village, gridArea, gridArea)
                    .map(r -> r.get(0, Long.class));
        } catch (org.jooq.exception.DataAccessException e) {
            throw new IllegalArgumentException("polygon: not a valid GeoJSON geometry", e);
        }
    }

    /** Agents with households, liaisons, open items and coverage of the quarter [from, to). */
    public List<AgentRow> agents(String village, Long gridArea, Instant quarterFrom, Instant quarterTo) {
        String from = quarterFrom.toString();
        String end = quarterTo.minusMillis(1).toString();
        String to = quarterTo.toString();
        return dsl.fetch(AGENTS, village, village, gridArea, gridArea, end, end, end, end, from, to)
                .map(r -> new AgentRow(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class), r.get(6, Long.class),
                        r.get(7, Long.class)));
    }

    public List<LiaisonRow> liaisons(String village, Long gridArea) {
        return dsl.fetch(LIAISONS, village, village, gridArea, gridArea).map(r -> new LiaisonRow(r.get(0, Long.class),
                r.get(1, String.class), r.get(2, String.class), r.get(3, Long.class), r.get(4, Long.class)));
    }
}
