-- Disputes (矛盾纠纷) at street zoom, one feature each; the summary (free text) never leaves the database here.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT d.id, d.code, d.kind, d.level, d.status, d.outcome,
           ST_Transform(d.location, 3857) AS g
    FROM dispute d, b
    WHERE d.location && b.env4326
      AND starts_with(d.village_code, :area)
      AND d.opened_at >= :from AND d.opened_at < :to
      AND (CAST(:status AS text) IS NULL OR d.status = :status)
      AND (CAST(:agent AS bigint) IS NULL OR d.mediator_id = :agent)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'disputes', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.code, pts.kind, pts.level, pts.status, pts.outcome,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'disputes', 4096, 'geom')
    FROM (
        SELECT cells.n AS count, ST_AsMVTGeom(cells.g, b.env, 4096, 64, true) AS geom
        FROM (
            SELECT count(*) AS n, ST_Centroid(ST_Collect(pts.g)) AS g
            FROM pts, b
            GROUP BY ST_SnapToGrid(pts.g, ST_XMin(b.env), ST_YMin(b.env), :cell, :cell)
        ) cells, b
    ) t
    WHERE t.geom IS NOT NULL
) END
