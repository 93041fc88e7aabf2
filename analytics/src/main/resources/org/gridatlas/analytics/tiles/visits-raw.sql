-- Visits (走访) at street zoom, one feature each; the note (free text) never leaves the database here.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points. A dense z13 tile reads V040's
-- level-12 cells of the days asked for instead (visits-dense.sql), after counting at most :maxFeatures + 1 visits;
-- the visits of one agent (cells do not split by agent) and a narrowed user's (V090) keep the points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT v.id, v.agent_id, v.household_id, extract(epoch FROM v.visited_at)::bigint AS visited_at,
           ST_AsMVTGeom(ST_Transform(v.location, 3857), b.env, 4096, 64, true) AS geom
    FROM visit v, b
    WHERE v.location && b.env4326
      AND starts_with(v.village_code, :area)
      AND v.visited_at >= :from AND v.visited_at < :to
      AND (CAST(:agent AS bigint) IS NULL OR v.agent_id = :agent)
),
dense AS (
    SELECT :z = 13 AND CAST(:agent AS bigint) IS NULL AND NOT (SELECT ga_narrowed()) AND count(*) > :maxFeatures AS yes
    FROM (SELECT 1 FROM visit v, b
          WHERE v.location && b.env4326 AND starts_with(v.village_code, :area)
            AND v.visited_at >= :from AND v.visited_at < :to LIMIT :maxFeatures + 1) n
)
