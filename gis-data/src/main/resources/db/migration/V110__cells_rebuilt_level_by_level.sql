-- GridAtlas schema, V110: rebuild a cell table (V040/V041) from its points, finest level first.
--
-- The demo loader COPYs millions of visits in one statement; V040's insert trigger then aggregates every visit at
-- five levels at once (17.4 million rows for Liyang's 3.5 million visits), a sort that spilled 1.3 GB to disk even
-- with work_mem = 1 GB: 99-148 s measured here. Cells of level l are exact unions of cells of level l + 1
-- (cx_l = floor(X / 2) = floor(floor(X) / 2) = cx_(l+1) >> 1 for X >= 0, likewise cy; n, sx and sy are sums), so
-- only level 12 needs the points: one aggregate of 3.5 million rows, then four aggregates of the level below.
-- The loader disables the cell insert triggers for its COPY (into an empty database) and calls this afterwards.
-- Runs with system settings for its statements (restored at the end), like the triggers.

CREATE FUNCTION ga_cells_rebuild(src text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    saved text[] := ARRAY[current_setting('gridatlas.view_area', true), current_setting('gridatlas.capture_area', true),
                          current_setting('gridatlas.agent_id', true), current_setting('gridatlas.grid_areas', true)];
    k integer;
BEGIN
    PERFORM set_config('gridatlas.view_area', '*', true), set_config('gridatlas.capture_area', '*', true),
            set_config('gridatlas.agent_id', '', true), set_config('gridatlas.grid_areas', '', true);
    IF src = 'household' THEN
        DELETE FROM household_cell;
        INSERT INTO household_cell (lvl, cx, cy, county_code, village_code, n, sx, sy)
        SELECT 12, ga_cell_x(ST_X(h.location), 12), ga_cell_y(ST_Y(h.location), 12), h.county_code, h.village_code,
               count(*), sum(ST_X(h.location) * 20037508.342789244 / 180),
               sum(ln(tan(radians(45 + ST_Y(h.location) / 2))) * 6378137)
          FROM household h WHERE h.location IS NOT NULL
         GROUP BY 2, 3, 4, 5 ORDER BY 2, 3;
        FOR k IN REVERSE 11..8 LOOP
            INSERT INTO household_cell (lvl, cx, cy, county_code, village_code, n, sx, sy)
            SELECT k, c.cx >> 1, c.cy >> 1, c.county_code, c.village_code, sum(c.n), sum(c.sx), sum(c.sy)
              FROM household_cell c WHERE c.lvl = k + 1
             GROUP BY 2, 3, 4, 5 ORDER BY 2, 3;
        END LOOP;
    ELSIF src = 'visit' THEN
        DELETE FROM visit_cell;
        INSERT INTO visit_cell (lvl, day, cx, cy, county_code, village_code, n, sx, sy)
        SELECT 12, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date, ga_cell_x(ST_X(v.location), 12),
               ga_cell_y(ST_Y(v.location), 12), v.county_code, v.village_code,
               count(*), sum(ST_X(v.location) * 20037508.342789244 / 180),
               sum(ln(tan(radians(45 + ST_Y(v.location) / 2))) * 6378137)
          FROM visit v WHERE v.location IS NOT NULL
         GROUP BY 2, 3, 4, 5, 6 ORDER BY 2, 3, 4;
        FOR k IN REVERSE 11..8 LOOP
            INSERT INTO visit_cell (lvl, day, cx, cy, county_code, village_code, n, sx, sy)
            SELECT k, c.day, c.cx >> 1, c.cy >> 1, c.county_code, c.village_code, sum(c.n), sum(c.sx), sum(c.sy)
              FROM visit_cell c WHERE c.lvl = k + 1
             GROUP BY 2, 3, 4, 5, 6 ORDER BY 2, 3, 4;
        END LOOP;
    ELSE
        RAISE EXCEPTION 'ga_cells_rebuild: no cells for table %', src;
    END IF;
    PERFORM set_config('gridatlas.view_area', coalesce(saved[1], ''), true),
            set_config('gridatlas.capture_area', coalesce(saved[2], ''), true),
            set_config('gridatlas.agent_id', coalesce(saved[3], ''), true),
            set_config('gridatlas.grid_areas', coalesce(saved[4], ''), true);
END $$;
