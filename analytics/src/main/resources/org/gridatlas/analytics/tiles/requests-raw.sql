-- Service requests (代办事项) at street zoom, one feature each. overdue compares the deadline with :now (the
-- application's Clock, never now()): OVERDUE past the deadline and not closed, DUE_SOON within 24 h, else OK.
-- The description (free text that may name people) never leaves the database here.
-- cell columns: , count(*) FILTER (WHERE overdue = 'OVERDUE') AS overdue
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT r.id, r.code, r.status, r.case_type, i.category, i.item,
           CASE WHEN r.closed_at IS NOT NULL OR r.deadline IS NULL THEN 'OK'
                WHEN r.deadline < :now THEN 'OVERDUE'
                WHEN r.deadline < :now + interval '24 hours' THEN 'DUE_SOON'
                ELSE 'OK' END AS overdue,
           extract(epoch FROM r.created_at)::bigint AS created_at,
           ST_AsMVTGeom(ST_Transform(r.location, 3857), b.env, 4096, 64, true) AS geom
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
