-- Disputes (矛盾纠纷) at street zoom, one feature each; the summary (free text) never leaves the database here.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT d.id, d.code, d.kind, d.level, d.status, d.outcome,
           ST_AsMVTGeom(ST_Transform(d.location, 3857), b.env, 4096, 64, true) AS geom
    FROM dispute d, b
    WHERE d.location && b.env4326
      AND starts_with(d.village_code, :area)
      AND d.opened_at >= :from AND d.opened_at < :to
      AND (CAST(:status AS text) IS NULL OR d.status = :status)
      AND (CAST(:agent AS bigint) IS NULL OR d.mediator_id = :agent)
)
