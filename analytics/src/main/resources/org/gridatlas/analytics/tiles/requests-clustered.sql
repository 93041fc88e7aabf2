-- Service requests below the raw zoom: counted in square cells of :cell metres; overdue counts the overdue ones.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y), 4326) AS env4326),
pts AS (
    SELECT ST_Transform(r.location, 3857) AS g,
           CASE WHEN r.closed_at IS NOT NULL OR r.deadline IS NULL THEN 'OK'
                WHEN r.deadline < :now THEN 'OVERDUE'
                WHEN r.deadline < :now + interval '24 hours' THEN 'DUE_SOON'
                ELSE 'OK' END AS overdue
    FROM service_request r
    JOIN request_item i ON i.id = r.item_id, b
    WHERE r.location && b.env4326
      AND starts_with(r.village_code, :area)
      AND r.created_at >= :from AND r.created_at < :to
      AND (CAST(:status AS text) IS NULL OR r.status = :status)
      AND (CAST(:caseType AS text) IS NULL OR r.case_type = :caseType)
      AND (CAST(:category AS text) IS NULL OR i.category = :category)
      AND (CAST(:agent AS bigint) IS NULL OR r.agent_id = :agent)
),
cells AS (
    SELECT count(*) AS n, count(*) FILTER (WHERE pts.overdue = 'OVERDUE') AS overdue, ST_Centroid(ST_Collect(pts.g)) AS g
    FROM pts, b
    GROUP BY ST_SnapToGrid(pts.g, ST_XMin(b.env), ST_YMin(b.env), :cell, :cell)
)
SELECT ST_AsMVT(t, 'requests', 4096, 'geom')
FROM (
    SELECT cells.n AS count, cells.overdue, ST_AsMVTGeom(cells.g, b.env, 4096, 64, true) AS geom
    FROM cells, b
) t
WHERE t.geom IS NOT NULL
