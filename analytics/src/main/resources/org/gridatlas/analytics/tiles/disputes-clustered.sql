-- Disputes below the raw zoom: counted in square cells of :cell metres.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y), 4326) AS env4326),
pts AS (
    SELECT ST_Transform(d.location, 3857) AS g
    FROM dispute d, b
    WHERE d.location && b.env4326
      AND starts_with(d.village_code, :area)
      AND d.opened_at >= :from AND d.opened_at < :to
      AND (CAST(:status AS text) IS NULL OR d.status = :status)
      AND (CAST(:agent AS bigint) IS NULL OR d.mediator_id = :agent)
),
cells AS (
    SELECT count(*) AS n, ST_Centroid(ST_Collect(pts.g)) AS g
    FROM pts, b
    GROUP BY ST_SnapToGrid(pts.g, ST_XMin(b.env), ST_YMin(b.env), :cell, :cell)
)
SELECT ST_AsMVT(t, 'disputes', 4096, 'geom')
FROM (
    SELECT cells.n AS count, ST_AsMVTGeom(cells.g, b.env, 4096, 64, true) AS geom
    FROM cells, b
) t
WHERE t.geom IS NOT NULL
