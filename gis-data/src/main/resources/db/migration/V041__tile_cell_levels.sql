-- GridAtlas schema, V041: V040's cells at every zoom from 8 to 12 instead of two levels, stored in key order.
--
-- Measured on Liyang: with levels 9 and 12 only, a z10 tile of visits merged 35,000 level-12 cell rows (a week of
-- visits in the densest area) scattered over 20,000 heap pages, about 200 ms warm. One level per zoom keeps a
-- tile at most 48 x 48 cells per village and day, and rows written in key order (level, day, cx, cy) put the rows of
-- one tile on few pages. A tile of zoom z reads level min(max(z, 8), 12) (TileQuery.cellLevel).

CREATE OR REPLACE FUNCTION ga_cell_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    cells  text := TG_ARGV[0];
    tcol   text := TG_ARGV[1];
    dayx   text := CASE WHEN tcol = '' THEN '' ELSE format('(r.%I AT TIME ZONE ''Asia/Shanghai'')::date', tcol) END;
    cols   text := 'r.county_code, r.village_code, ST_X(r.location) AS lon, ST_Y(r.location) AS lat'
                   || CASE WHEN tcol = '' THEN '' ELSE ', ' || dayx || ' AS day' END;
    moved  text := 'r.location IS DISTINCT FROM o.location OR r.village_code <> o.village_code'
                   || CASE WHEN tcol = '' THEN '' ELSE format(' OR r.%I <> o.%I', tcol, tcol) END;
    delta  text;
BEGIN
    delta := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows r WHERE r.location IS NOT NULL', cols)
        WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows r WHERE r.location IS NOT NULL', cols)
        ELSE format('SELECT %1$s, 1 AS sign FROM new_rows r JOIN old_rows o USING (id) '
                    'WHERE r.location IS NOT NULL AND (%2$s) '
                    'UNION ALL SELECT %1$s, -1 AS sign FROM old_rows r JOIN new_rows o USING (id) '
                    'WHERE r.location IS NOT NULL AND (%2$s)', cols, moved)
    END;
    EXECUTE format(
        'INSERT INTO %1$I AS c (lvl, cx, cy, county_code, village_code, n, sx, sy%2$s) '
        'SELECT l.lvl, ga_cell_x(d.lon, l.lvl), ga_cell_y(d.lat, l.lvl), d.county_code, d.village_code, '
        '       sum(d.sign), sum(d.sign * d.lon * 20037508.342789244 / 180), '
        '       sum(d.sign * ln(tan(radians(45 + d.lat / 2))) * 6378137)%3$s '
        'FROM (%4$s) d CROSS JOIN generate_series(8, 12) AS l(lvl) '
        'GROUP BY l.lvl, 2, 3, d.county_code, d.village_code%3$s '
        'ORDER BY 1%3$s, 2, 3 '
        'ON CONFLICT (lvl, %5$scx, cy, village_code) '
        'DO UPDATE SET n = c.n + excluded.n, sx = c.sx + excluded.sx, sy = c.sy + excluded.sy',
        cells, CASE WHEN tcol = '' THEN '' ELSE ', day' END, CASE WHEN tcol = '' THEN '' ELSE ', d.day' END,
        delta, CASE WHEN tcol = '' THEN '' ELSE 'day, ' END);
    EXECUTE format('DELETE FROM %I WHERE n <= 0', cells);
    RETURN NULL;
END $$;


ALTER TABLE household_cell NO FORCE ROW LEVEL SECURITY;
ALTER TABLE visit_cell NO FORCE ROW LEVEL SECURITY;
ALTER TABLE household NO FORCE ROW LEVEL SECURITY;
ALTER TABLE visit NO FORCE ROW LEVEL SECURITY;
TRUNCATE household_cell, visit_cell;
INSERT INTO household_cell (lvl, cx, cy, county_code, village_code, n, sx, sy)
SELECT l.lvl, ga_cell_x(ST_X(h.location), l.lvl), ga_cell_y(ST_Y(h.location), l.lvl), h.county_code, h.village_code,
       count(*), sum(ST_X(h.location) * 20037508.342789244 / 180), sum(ln(tan(radians(45 + ST_Y(h.location) / 2))) * 6378137)
FROM household h CROSS JOIN generate_series(8, 12) AS l(lvl)
WHERE h.location IS NOT NULL
GROUP BY 1, 2, 3, 4, 5
ORDER BY 1, 2, 3;
INSERT INTO visit_cell (lvl, day, cx, cy, county_code, village_code, n, sx, sy)
SELECT l.lvl, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date, ga_cell_x(ST_X(v.location), l.lvl),
       ga_cell_y(ST_Y(v.location), l.lvl), v.county_code, v.village_code,
       count(*), sum(ST_X(v.location) * 20037508.342789244 / 180), sum(ln(tan(radians(45 + ST_Y(v.location) / 2))) * 6378137)
FROM visit v CROSS JOIN generate_series(8, 12) AS l(lvl)
WHERE v.location IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4;
ALTER TABLE household_cell FORCE ROW LEVEL SECURITY;
ALTER TABLE visit_cell FORCE ROW LEVEL SECURITY;
ALTER TABLE household FORCE ROW LEVEL SECURITY;
ALTER TABLE visit FORCE ROW LEVEL SECURITY;
ANALYZE household_cell;
ANALYZE visit_cell;
