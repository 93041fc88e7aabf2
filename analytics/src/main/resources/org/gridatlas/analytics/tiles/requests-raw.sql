-- Service requests (代办事项) at street zoom, one feature each. overdue compares the deadline with :now (the
-- application's Clock, never now()): OVERDUE past the deadline and not closed, DUE_SOON within 24 h, else OK.
-- The description (free text that may name people) never leaves the database here.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT r.id, r.code, r.status, r.case_type, i.category, i.item,
           CASE WHEN r.closed_at IS NOT NULL OR r.deadline IS NULL THEN 'OK'
                WHEN r.deadline < :now THEN 'OVERDUE'
                WHEN r.deadline < :now + interval '24 hours' THEN 'DUE_SOON'
                ELSE 'OK' END AS overdue,
           extract(epoch FROM r.created_at)::bigint AS created_at,
           ST_Transform(r.location, 3857) AS g
    FROM service_request r
    JOIN request_item i ON i.id = r.item_id, b
    WHERE r.location && b.env4326
      AND starts_with(r.village_code, :area)
      AND r.created_at >= :from AND r.created_at < :to
      AND (CAST(:status AS text) IS NULL OR r.status = :status)
      AND (CAST(:caseType AS text) IS NULL OR r.case_type = :caseType)
      AND (CAST(:category AS text) IS NULL OR i.category = :category)
      AND (CAST(:agent AS bigint) IS NULL OR r.agent_id = :agent)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'requests', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.code, pts.status, pts.case_type, pts.category, pts.item, pts.overdue, pts.created_at,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'requests', 4096, 'geom')
    FROM (
        SELECT cells.n AS count, cells.overdue, ST_AsMVTGeom(cells.g, b.env, 4096, 64, true) AS geom
        FROM (
            SELECT count(*) AS n, count(*) FILTER (WHERE pts.overdue = 'OVERDUE') AS overdue, ST_Centroid(ST_Collect(pts.g)) AS g
            FROM pts, b
            GROUP BY ST_SnapToGrid(pts.g, ST_XMin(b.env), ST_YMin(b.env), :cell, :cell)
        ) cells, b
    ) t
    WHERE t.geom IS NOT NULL
) END
