-- GridAtlas schema, V040: pre-counted map cells for the point layers with the most rows (households, visits),
-- so that a county tile (z8..z12) sums a few thousand cell rows instead of reading every point.
--
-- A cell is a square of the Web Mercator grid with 48 cells per tile side (TileQuery.CELLS_PER_TILE_SIDE) at
-- level `lvl`; the cells of zoom z < lvl are unions of 2^(lvl - z) x 2^(lvl - z) cells of level lvl (cx >> shift),
-- because tiles and cells both halve at every zoom. Two levels are kept: 12 (about 170 m here; tiles z10..z12)
-- and 9 (about 1.4 km; tiles z9 and below). A cell row keeps the number of points and the sums of their Mercator
-- coordinates, so a tile can place each of its cells at the mean position of its points, exactly as counting the
-- raw points does. Cells are split by village (village_code, county_code), so row-level security and the area
-- filter of a tile apply to them as to the points themselves. Visits are also split by day (China Standard Time)
-- so the map's time filter still works.
--
-- Statement-level triggers with transition tables keep the cells equal to the points in the same transaction
-- (COPY counts as one statement, so a bulk load aggregates once); V030's layer_version counters of household and
-- visit still drive the tiles' ETags.

CREATE FUNCTION ga_cell_x(lon double precision, lvl integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor((lon + 180) / 360 * (48 << lvl))::integer
$$;

CREATE FUNCTION ga_cell_y(lat double precision, lvl integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor((ln(tan(radians(45 + lat / 2))) * 6378137 / 20037508.342789244 + 1) / 2 * (48 << lvl))::integer
$$;

CREATE TABLE household_cell (
    lvl          smallint         NOT NULL,
    cx           integer          NOT NULL,
    cy           integer          NOT NULL,
    county_code  varchar(6)       NOT NULL,
    village_code varchar(12)      NOT NULL,
    n            integer          NOT NULL,
    sx           double precision NOT NULL,   -- sum of the points' Web Mercator x
    sy           double precision NOT NULL,   -- sum of the points' Web Mercator y
    PRIMARY KEY (lvl, cx, cy, village_code)
);
CREATE INDEX household_cell_empty_idx ON household_cell (lvl) WHERE n <= 0;

CREATE TABLE visit_cell (
    lvl          smallint         NOT NULL,
    day          date             NOT NULL,   -- visited_at in Asia/Shanghai
    cx           integer          NOT NULL,
    cy           integer          NOT NULL,
    county_code  varchar(6)       NOT NULL,
    village_code varchar(12)      NOT NULL,
    n            integer          NOT NULL,
    sx           double precision NOT NULL,
    sy           double precision NOT NULL,
    PRIMARY KEY (lvl, day, cx, cy, village_code)
);
CREATE INDEX visit_cell_empty_idx ON visit_cell (lvl) WHERE n <= 0;

-- One trigger function for both tables: the points entering (+1) and leaving (-1) cells in one statement are summed
-- per cell and added to the stored cells; emptied cells are deleted. TG_ARGV[0] names the cell table, TG_ARGV[1]
-- the time column split into days ('' for none). An UPDATE that moves no point (same location, village and time)
-- changes no cell.
CREATE FUNCTION ga_cell_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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
        'FROM (%4$s) d CROSS JOIN (VALUES (9), (12)) AS l(lvl) '
        'GROUP BY l.lvl, 2, 3, d.county_code, d.village_code%3$s '
        'ON CONFLICT (lvl, %5$scx, cy, village_code) '
        'DO UPDATE SET n = c.n + excluded.n, sx = c.sx + excluded.sx, sy = c.sy + excluded.sy',
        cells, CASE WHEN tcol = '' THEN '' ELSE ', day' END, CASE WHEN tcol = '' THEN '' ELSE ', d.day' END,
        delta, CASE WHEN tcol = '' THEN '' ELSE 'day, ' END);
    EXECUTE format('DELETE FROM %I WHERE n <= 0', cells);
    RETURN NULL;
END $$;

CREATE FUNCTION ga_cell_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DELETE FROM %I', TG_ARGV[0]);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('household', 'household_cell', ''), ('visit', 'visit_cell', 'visited_at')) AS v(src, cells, tcol)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_cell_apply(%L, %L)', t.src || '_cell_insert', t.src, t.cells, t.tcol);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_cell_apply(%L, %L)', t.src || '_cell_update', t.src, t.cells, t.tcol);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_cell_apply(%L, %L)', t.src || '_cell_delete', t.src, t.cells, t.tcol);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION ga_cell_truncate(%L)',
                       t.src || '_cell_truncate', t.src, t.cells);
        -- the same four policies as V004's area tables
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.cells);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.cells);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ga_can_view(village_code))', t.cells || '_read', t.cells);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (ga_can_capture(village_code))', t.cells || '_insert', t.cells);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (ga_can_capture(village_code)) WITH CHECK (ga_can_capture(village_code))',
                       t.cells || '_update', t.cells);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (ga_can_capture(village_code))', t.cells || '_delete', t.cells);
    END LOOP;
END $$;

-- Cells of the data already there (the migration runs as the owner, so RLS is lifted for this backfill only).
ALTER TABLE household_cell NO FORCE ROW LEVEL SECURITY;
ALTER TABLE visit_cell NO FORCE ROW LEVEL SECURITY;
ALTER TABLE household NO FORCE ROW LEVEL SECURITY;
ALTER TABLE visit NO FORCE ROW LEVEL SECURITY;
INSERT INTO household_cell (lvl, cx, cy, county_code, village_code, n, sx, sy)
SELECT l.lvl, ga_cell_x(ST_X(h.location), l.lvl), ga_cell_y(ST_Y(h.location), l.lvl), h.county_code, h.village_code,
       count(*), sum(ST_X(h.location) * 20037508.342789244 / 180), sum(ln(tan(radians(45 + ST_Y(h.location) / 2))) * 6378137)
FROM household h CROSS JOIN (VALUES (9), (12)) AS l(lvl)
WHERE h.location IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO visit_cell (lvl, day, cx, cy, county_code, village_code, n, sx, sy)
SELECT l.lvl, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date, ga_cell_x(ST_X(v.location), l.lvl),
       ga_cell_y(ST_Y(v.location), l.lvl), v.county_code, v.village_code,
       count(*), sum(ST_X(v.location) * 20037508.342789244 / 180), sum(ln(tan(radians(45 + ST_Y(v.location) / 2))) * 6378137)
FROM visit v CROSS JOIN (VALUES (9), (12)) AS l(lvl)
WHERE v.location IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;
ALTER TABLE household_cell FORCE ROW LEVEL SECURITY;
ALTER TABLE visit_cell FORCE ROW LEVEL SECURITY;
ALTER TABLE household FORCE ROW LEVEL SECURITY;
ALTER TABLE visit FORCE ROW LEVEL SECURITY;
ANALYZE household_cell;
ANALYZE visit_cell;
