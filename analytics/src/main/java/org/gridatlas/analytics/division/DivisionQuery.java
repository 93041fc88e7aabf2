package org.gridatlas.analytics.division;

import static org.gridatlas.analytics.jooq.Tables.DIVISION;
import static org.gridatlas.analytics.jooq.Tables.HOUSEHOLD;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridatlas.analytics.base.AreaCode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrative tree (county → town → village) with household counts and bounding boxes. */
@Service
public class DivisionQuery {

    private static final Field<Double> XMIN = field("ST_XMin({0})", Double.class, DIVISION.BOUNDARY);
    private static final Field<Double> YMIN = field("ST_YMin({0})", Double.class, DIVISION.BOUNDARY);
    private static final Field<Double> XMAX = field("ST_XMax({0})", Double.class, DIVISION.BOUNDARY);
    private static final Field<Double> YMAX = field("ST_YMax({0})", Double.class, DIVISION.BOUNDARY);

    private final DSLContext db;

    DivisionQuery(DSLContext db) {
        this.db = db;
    }

    /** Every division in the area, ordered by code, so parents come before their children. */
    @Transactional(readOnly = true)
    public List<DivisionNode> tree(AreaCode area) {
        Map<String, Integer> byVillage = householdsByVillage(area);
        return db.select(DIVISION.CODE, DIVISION.LEVEL, DIVISION.PARENT_CODE, DIVISION.NAME, DIVISION.HOLDS_HOUSEHOLDS,
                        XMIN, YMIN, XMAX, YMAX)
                .from(DIVISION)
                .where(DIVISION.CODE.startsWith(area.code()))
                .orderBy(DIVISION.CODE)
                .fetch(r -> new DivisionNode(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        households(r.value1(), byVillage),
                        r.value6() == null ? null : new DivisionNode.Bbox(r.value6(), r.value7(), r.value8(), r.value9())));
    }

    @Transactional(readOnly = true)
    public Optional<DivisionNode> find(String code) {
        return tree(AreaCode.of(code)).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private Map<String, Integer> householdsByVillage(AreaCode area) {
        return db.select(HOUSEHOLD.VILLAGE_CODE, count())
                .from(HOUSEHOLD)
                .where(HOUSEHOLD.VILLAGE_CODE.startsWith(area.code()))
                .groupBy(HOUSEHOLD.VILLAGE_CODE)
                .fetchMap(HOUSEHOLD.VILLAGE_CODE, count());
    }

    private static long households(String code, Map<String, Integer> byVillage) {
        return byVillage.entrySet().stream().filter(e -> e.getKey().startsWith(code))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
