package org.gridatlas.analytics.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The liaisons and agents of an area (a division code prefix, optionally one grid area), grouped by grid area: the
 * input of the liaisons → agents balance. A liaison stands at the centroid of the households it links now (where the
 * agent actually walks to), or at its own home when it links none; an agent at its home. The result reuses
 * {@link AreaData}: its "households" are the liaisons (with their current agent link), its "liaisons" the agents.
 */
@Component
public class AgentAreaQuery {

    private static final String LIAISONS = """
            WITH l AS (
              SELECT p.id, p.code, p.grid_area_id, p.home FROM person p
               WHERE p.role = 'LIAISON' AND p.active AND p.division_code LIKE ? AND p.grid_area_id IS NOT NULL
                 AND (?::bigint IS NULL OR p.grid_area_id = ?::bigint)),
            c AS (
              SELECT ll.liaison_id, ST_Centroid(ST_Collect(h.location)) AS g
                FROM liaison_link ll JOIN household h ON h.id = ll.household_id
               WHERE ll.valid_to IS NULL AND ll.liaison_id IN (SELECT id FROM l) AND h.location IS NOT NULL
               GROUP BY ll.liaison_id)
            SELECT l.grid_area_id, l.id, l.code, ST_X(COALESCE(c.g, l.home)), ST_Y(COALESCE(c.g, l.home)),
                   COALESCE(al.id, 0), COALESCE(al.agent_id, 0)
              FROM l LEFT JOIN c ON c.liaison_id = l.id
              LEFT JOIN agent_link al ON al.liaison_id = l.id AND al.valid_to IS NULL
             WHERE COALESCE(c.g, l.home) IS NOT NULL
             ORDER BY l.grid_area_id, l.id""";
    private static final String AGENTS = """
            SELECT p.grid_area_id, p.id, p.code, ST_X(p.home), ST_Y(p.home)
              FROM person p
             WHERE p.role = 'AGENT' AND p.active AND p.home IS NOT NULL AND p.division_code LIKE ?
               AND p.grid_area_id IS NOT NULL AND (?::bigint IS NULL OR p.grid_area_id = ?::bigint)
             ORDER BY p.grid_area_id, p.id""";

    private final DSLContext dsl;

    public AgentAreaQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every grid area under {@code areaCode} (or just {@code gridAreaId}): liaisons as points, agents as centres. */
    public List<AreaData> load(String areaCode, Long gridAreaId) {
        String like = areaCode.replace("%", "").replace("_", "") + "%";
        Map<Long, List<AreaData.Point>> liaisons = new LinkedHashMap<>();
        Map<Long, List<AreaData.Point>> agents = new LinkedHashMap<>();
        dsl.fetch(LIAISONS, like, gridAreaId, gridAreaId).forEach(r -> liaisons
                .computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>())
                .add(new AreaData.Point(r.get(1, Long.class), r.get(2, String.class), r.get(3, Double.class),
                        r.get(4, Double.class), r.get(5, Long.class), r.get(6, Long.class))));
        dsl.fetch(AGENTS, like, gridAreaId, gridAreaId).forEach(r -> agents
                .computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>())
                .add(new AreaData.Point(r.get(1, Long.class), r.get(2, String.class), r.get(3, Double.class),
                        r.get(4, Double.class), 0L, 0L)));
        List<AreaData> out = new ArrayList<>();
        liaisons.forEach((area, ls) -> out.add(new AreaData(area, ls, agents.getOrDefault(area, List.of()))));
        return out;
    }
}
