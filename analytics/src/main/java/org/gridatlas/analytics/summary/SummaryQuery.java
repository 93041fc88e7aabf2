package org.gridatlas.analytics.summary;

import static org.gridatlas.analytics.jooq.Tables.DIVISION;
import static org.gridatlas.analytics.jooq.Tables.GRID_AREA;
import static org.gridatlas.analytics.jooq.Tables.HOUSEHOLD;
import static org.gridatlas.analytics.jooq.Tables.PERSON;
import static org.gridatlas.analytics.jooq.Tables.VILLAGE_GROUP;
import static org.jooq.impl.DSL.selectCount;

import java.util.List;

import org.gridatlas.analytics.base.AreaCode;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers one question: how many towns, villages, grid areas, groups, households, agents and liaisons lie in an area. */
@Service
public class SummaryQuery {

    private final DSLContext db;

    SummaryQuery(DSLContext db) {
        this.db = db;
    }

    /** Towns count only those that hold households (prisons and similar units do not). */
    @Transactional(readOnly = true)
    public Summary forArea(AreaCode area) {
        String prefix = area.code();
        List<Select<Record1<Integer>>> counts = List.of(
                selectCount().from(DIVISION).where(DIVISION.LEVEL.eq("TOWN"), DIVISION.HOLDS_HOUSEHOLDS.isTrue(),
                        DIVISION.CODE.startsWith(prefix)),
                selectCount().from(DIVISION).where(DIVISION.LEVEL.eq("VILLAGE"), DIVISION.CODE.startsWith(prefix)),
                selectCount().from(GRID_AREA).where(GRID_AREA.CODE.startsWith(prefix)),
                selectCount().from(VILLAGE_GROUP).where(VILLAGE_GROUP.CODE.startsWith(prefix)),
                selectCount().from(HOUSEHOLD).where(HOUSEHOLD.VILLAGE_CODE.startsWith(prefix)),
                selectCount().from(PERSON).where(PERSON.ROLE.eq("AGENT"), PERSON.ACTIVE.isTrue(),
                        PERSON.DIVISION_CODE.startsWith(prefix)),
                selectCount().from(PERSON).where(PERSON.ROLE.eq("LIAISON"), PERSON.ACTIVE.isTrue(),
                        PERSON.DIVISION_CODE.startsWith(prefix)));
        var row = db.select(counts.stream().map(s -> s.asField()).toArray(org.jooq.Field[]::new)).fetchOne();
        return new Summary(prefix, n(row, 0), n(row, 1), n(row, 2), n(row, 3), n(row, 4), n(row, 5), n(row, 6));
    }

    private static long n(org.jooq.Record row, int i) {
        return ((Number) row.get(i)).longValue();
    }
}
