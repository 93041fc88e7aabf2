-- GridAtlas schema, V090: V040's pre-counted cells under V070's narrowing (agents see their own households, grid
-- supervisors their grid areas).
--
-- A cell counts every point of its village, so a narrowed user reading cells would learn how many households and
-- visits lie around theirs. Cells are therefore invisible to narrowed users (the map counts their own points from
-- the points themselves, see TileQuery: the clustered .sql files fall back to the raw count when ga_narrowed()).
-- The cell triggers keep counting every point whoever writes it: like V070's ga_refresh_household_agent they run
-- with system settings for the statement and restore the caller's settings at the end, so an agent's visit updates
-- cells they may not read.
-- V040/V041 deleted emptied cells with a scan of the whole cell table after every statement, also when nothing had
-- moved (a household whose agent changed): an auto-balance of 400 households, written link by link, took minutes and
-- held its locks meanwhile. Now the statement learns from RETURNING whether a cell reached zero and scans only then.

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
    emptied bigint;
    saved  text[] := ARRAY[current_setting('gridatlas.view_area', true), current_setting('gridatlas.capture_area', true),
                           current_setting('gridatlas.agent_id', true), current_setting('gridatlas.grid_areas', true)];
BEGIN
    -- A household update that moves no household (its agent, address or phone changed) changes no cell: the common
    -- case of every assignment, answered without the dynamic SQL below (planned anew on each statement).
    -- (Nested: the inner statement names old_rows, which an INSERT or DELETE trigger does not have.)
    IF TG_OP = 'UPDATE' AND tcol = '' THEN
        IF NOT EXISTS (SELECT 1 FROM new_rows r JOIN old_rows o USING (id)
                       WHERE r.location IS DISTINCT FROM o.location OR r.village_code IS DISTINCT FROM o.village_code) THEN
            RETURN NULL;
        END IF;
    END IF;
    PERFORM set_config('gridatlas.view_area', '*', true), set_config('gridatlas.capture_area', '*', true),
            set_config('gridatlas.agent_id', '', true), set_config('gridatlas.grid_areas', '', true);
    delta := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows r WHERE r.location IS NOT NULL', cols)
        WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows r WHERE r.location IS NOT NULL', cols)
        ELSE format('SELECT %1$s, 1 AS sign FROM new_rows r JOIN old_rows o USING (id) '
                    'WHERE r.location IS NOT NULL AND (%2$s) '
                    'UNION ALL SELECT %1$s, -1 AS sign FROM old_rows r JOIN new_rows o USING (id) '
                    'WHERE r.location IS NOT NULL AND (%2$s)', cols, moved)
    END;
    EXECUTE format(
        'WITH up AS (INSERT INTO %1$I AS c (lvl, cx, cy, county_code, village_code, n, sx, sy%2$s) '
        'SELECT l.lvl, ga_cell_x(d.lon, l.lvl), ga_cell_y(d.lat, l.lvl), d.county_code, d.village_code, '
        '       sum(d.sign), sum(d.sign * d.lon * 20037508.342789244 / 180), '
        '       sum(d.sign * ln(tan(radians(45 + d.lat / 2))) * 6378137)%3$s '
        'FROM (%4$s) d CROSS JOIN generate_series(8, 12) AS l(lvl) '
        'GROUP BY l.lvl, 2, 3, d.county_code, d.village_code%3$s '
        'ORDER BY 1%3$s, 2, 3 '
        'ON CONFLICT (lvl, %5$scx, cy, village_code) '
        'DO UPDATE SET n = c.n + excluded.n, sx = c.sx + excluded.sx, sy = c.sy + excluded.sy '
        'RETURNING c.n) SELECT count(*) FROM up WHERE n <= 0',
        cells, CASE WHEN tcol = '' THEN '' ELSE ', day' END, CASE WHEN tcol = '' THEN '' ELSE ', d.day' END,
        delta, CASE WHEN tcol = '' THEN '' ELSE 'day, ' END) INTO emptied;
    IF emptied > 0 THEN
        EXECUTE format('DELETE FROM %I WHERE n <= 0', cells);
    END IF;
    PERFORM set_config('gridatlas.view_area', coalesce(saved[1], ''), true),
            set_config('gridatlas.capture_area', coalesce(saved[2], ''), true),
            set_config('gridatlas.agent_id', coalesce(saved[3], ''), true),
            set_config('gridatlas.grid_areas', coalesce(saved[4], ''), true);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['household_cell', 'visit_cell']
    LOOP
        EXECUTE format('DROP POLICY %I ON %I', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ga_can_view(village_code) AND NOT (SELECT ga_narrowed()))',
                       t || '_read', t);
    END LOOP;
END $$;
