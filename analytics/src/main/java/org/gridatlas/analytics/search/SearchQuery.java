package org.gridatlas.analytics.search;

import static org.gridatlas.analytics.jooq.Tables.DIVISION;
import static org.gridatlas.analytics.jooq.Tables.HOUSEHOLD;
import static org.jooq.impl.DSL.field;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds divisions by name or code and households by code or address. Row-level security limits the answer to
 * the user's area, so a foreign search finds nothing. The text is a bound parameter, matched literally.
 */
@Service
public class SearchQuery {

    public static final int MAX_QUERY_LENGTH = 60;
    private static final Field<Double> DIV_LON = field("ST_X(coalesce({0}, ST_PointOnSurface({1})))", Double.class,
            DIVISION.SEAT, DIVISION.BOUNDARY);
    private static final Field<Double> DIV_LAT = field("ST_Y(coalesce({0}, ST_PointOnSurface({1})))", Double.class,
            DIVISION.SEAT, DIVISION.BOUNDARY);
    private static final Field<Double> HH_LON = field("ST_X({0})", Double.class, HOUSEHOLD.LOCATION);
    private static final Field<Double> HH_LAT = field("ST_Y({0})", Double.class, HOUSEHOLD.LOCATION);

    private final DSLContext db;

    SearchQuery(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<SearchHit> find(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("search text is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        int max = Math.min(Math.max(limit, 1), 50);
        List<SearchHit> hits = new ArrayList<>(db.select(DIVISION.LEVEL, DIVISION.CODE, DIVISION.NAME, DIV_LON, DIV_LAT)
                .from(DIVISION)
                .where(DIVISION.NAME.contains(q).or(DIVISION.CODE.startsWith(q)))
                .orderBy(DIVISION.CODE)
                .limit(max)
                .fetch(r -> new SearchHit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
        if (hits.size() < max) {
            hits.addAll(db.select(HOUSEHOLD.CODE, HOUSEHOLD.ADDRESS, HH_LON, HH_LAT)
                    .from(HOUSEHOLD)
                    .where(HOUSEHOLD.CODE.startsWith(q).or(HOUSEHOLD.ADDRESS.contains(q)))
                    .orderBy(HOUSEHOLD.CODE)
                    .limit(max - hits.size())
                    .fetch(r -> new SearchHit("HOUSEHOLD", r.value1(), r.value2(), r.value3(), r.value4())));
        }
        return hits;
    }
}
