-- Data-quality counts for an area: households outside every grid area, without coordinates, without an agent now.
-- "Inside" is counted grid area by grid area (each polygon prepared once), which is far faster than testing every
-- household against the index one by one.
WITH hh AS (
    SELECT count(*) AS total, count(location) AS located
    FROM household
    WHERE starts_with(village_code, :area)
), extent AS (
    SELECT ST_SetSRID(ST_Extent(location), 4326) AS box FROM household WHERE starts_with(village_code, :area)
), inside AS (
    SELECT count(*) AS n
    FROM extent, grid_area g
    JOIN household h ON h.location && g.boundary AND ST_Intersects(g.boundary, h.location)
    WHERE g.boundary && extent.box
      AND starts_with(h.village_code, :area)
), with_agent AS (
    SELECT count(DISTINCT l.household_id) AS n
    FROM liaison_link l
    JOIN agent_link a ON a.liaison_id = l.liaison_id
    JOIN household h ON h.id = l.household_id
    WHERE starts_with(h.village_code, :area)
      AND l.valid_from <= :now AND (l.valid_to IS NULL OR l.valid_to > :now)
      AND a.valid_from <= :now AND (a.valid_to IS NULL OR a.valid_to > :now)
)
SELECT hh.located - inside.n AS outside_grid_areas,
       hh.total - hh.located AS without_coordinates,
       hh.total - with_agent.n AS without_agent
FROM hh, inside, with_agent
