-- Visits below the raw zoom, from V040's pre-counted cells per day (China Standard Time): the level-:lvl cells
-- inside the tile (:cx0 <= cx < :cx1, :cy0 <= cy < :cy1) for the days :fromDay <= day < :toDay are merged into the
-- tile's 48 x 48 cells (cx >> :shift), each placed at the mean position of its visits. Cells do not split by agent,
-- and a narrowed user (V070) may not read them (V090): the visits of one agent (?agent=) and a narrowed user's own
-- visits are counted from the visits themselves, in cells of :cell metres aligned on the tile (second branch).
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y), 4326) AS env4326),
own AS (
    SELECT ST_X(v.location) * 20037508.342789244 / 180 AS mx, ln(tan(radians(45 + ST_Y(v.location) / 2))) * 6378137 AS my
    FROM visit v, b
    WHERE ((SELECT ga_narrowed()) OR CAST(:agent AS bigint) IS NOT NULL)
      AND v.location && b.env4326 AND starts_with(v.village_code, :area)
      AND v.visited_at >= :from AND v.visited_at < :to
      AND (CAST(:agent AS bigint) IS NULL OR v.agent_id = :agent)
),
c AS (
    SELECT sum(n) AS n, sum(sx) / sum(n) AS mx, sum(sy) / sum(n) AS my
    FROM visit_cell
    WHERE CAST(:agent AS bigint) IS NULL AND lvl = :lvl AND day >= :fromDay AND day < :toDay
      AND cx >= :cx0 AND cx < :cx1 AND cy >= :cy0 AND cy < :cy1
      AND starts_with(village_code, :area)
    GROUP BY cx >> :shift, cy >> :shift
    HAVING sum(n) > 0
    UNION ALL
    SELECT count(*), avg(own.mx), avg(own.my)
    FROM own, b
    GROUP BY floor((own.mx - ST_XMin(b.env)) / :cell), floor((own.my - ST_YMin(b.env)) / :cell)
)
SELECT ST_AsMVT(t, 'visits', 4096, 'geom')
FROM (
    SELECT c.n AS count, ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(c.mx, c.my), 3857), ST_TileEnvelope(:z, :x, :y), 4096, 64, true) AS geom
    FROM c
) t
WHERE t.geom IS NOT NULL
