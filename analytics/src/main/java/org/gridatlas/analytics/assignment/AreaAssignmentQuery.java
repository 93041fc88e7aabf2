package org.gridatlas.analytics.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The households and liaisons of an area (a division code prefix, optionally one grid area) with their current
 * links, grouped by grid area: the input of auto-balance.
 */
@Component
public class AreaAssignmentQuery {

    private static final String HOUSEHOLDS = """
            SELECT h.grid_area_id, h.id, h.code, ST_X(h.location), ST_Y(h.location),
                   COALESCE(ll.id, 0), COALESCE(ll.liaison_id, 0)
              FROM household h
              LEFT JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
             WHERE h.village_code LIKE ? AND h.grid_area_id IS NOT NULL AND h.location IS NOT NULL
               AND (?::bigint IS NULL OR h.grid_area_id = ?::bigint)
             ORDER BY h.grid_area_id, h.id""";
    private static final String LIAISONS = """
            SELECT p.grid_area_id, p.id, p.code, ST_X(p.home), ST_Y(p.home)
              FROM person p
             WHERE p.role = 'LIAISON' AND p.active AND p.home IS NOT NULL AND p.division_code LIKE ?
               AND p.grid_area_id IS NOT NULL AND (?::bigint IS NULL OR p.grid_area_id = ?::bigint)
             ORDER BY p.grid_area_id, p.id""";

    private final DSLContext dsl;

    public AreaAssignmentQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every grid area under {@code areaCode} (or just {@code gridAreaId}) with its households and liaisons. */
    public List<AreaData> load(String areaCode, Long gridAreaId) {
        String like = areaCode.replace("%", "").replace("_", "") + "%";
        Map<Long, List<AreaData.Point>> households = new LinkedHashMap<>();
        Map<Long, List<AreaData.Point>> liaisons = new LinkedHashMap<>();
        dsl.fetch(HOUSEHOLDS, like, gridAreaId, gridAreaId).forEach(r -> households
                .computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>())
                .add(new AreaData.Point(r.get(1, Long.class), r.get(2, String.class), r.get(3, Double.class),
                        r.get(4, Double.class), r.get(5, Long.class), r.get(6, Long.class))));
        dsl.fetch(LIAISONS, like, gridAreaId, gridAreaId).forEach(r -> liaisons
                .computeIfAbsent(r.get(0, Long.class), k -> new ArrayList<>())
                .add(new AreaData.Point(r.get(1, Long.class), r.get(2, String.class), r.get(3, Double.class),
                        r.get(4, Double.class), 0L, 0L)));
        List<AreaData> out = new ArrayList<>();
        households.forEach((area, hs) -> out.add(new AreaData(area, hs, liaisons.getOrDefault(area, List.of()))));
        return out;
    }
}
