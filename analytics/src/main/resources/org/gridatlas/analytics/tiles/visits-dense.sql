-- A dense z13 visits tile (see visits-raw.sql) from V040's level-12 cells of the days :fromDay <= day < :toDay:
-- 24 x 24 cells per z13 tile (see households-dense.sql), each at the mean position of its visits.
SELECT ST_AsMVT(t, 'visits', 4096, 'geom')
FROM (
    SELECT sum(c.n) AS count,
           ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(sum(c.sx) / sum(c.n), sum(c.sy) / sum(c.n)), 3857), b.env, 4096, 64, true) AS geom
    FROM visit_cell c, b
    WHERE c.lvl = 12 AND c.day >= :fromDay AND c.day < :toDay
      AND c.cx >= 24 * :x AND c.cx < 24 * (:x + 1)
      AND c.cy >= 24 * ((1 << :z) - 1 - :y) AND c.cy < 24 * ((1 << :z) - :y)
      AND starts_with(c.village_code, :area)
    GROUP BY c.cx, c.cy, b.env
    HAVING sum(c.n) > 0
) t
WHERE t.geom IS NOT NULL
