-- Rates per village (:unit = 'VILLAGE') or grid area ('GRID_AREA') of an area for a period [from, to):
--   households  households on record in the unit (the current register);
--   requests    requests created in the period;
--   countable   of those, the ones not returned (status <> 'RETURNED');
--   completed   of the countable, the ones replied (办结) before the period's end (replied_at < to);
--   rated       of the requests created in the period, the ones rated so far;  satisfied: rated SATISFIED (满意).
-- Visit coverage comes from the fieldwork coverage query (one definition), joined in Java.
WITH units AS (
    SELECT d.code AS key, d.name, d.boundary AS g
    FROM division d
    WHERE :unit = 'VILLAGE' AND d.level = 'VILLAGE' AND d.code LIKE :area || '%'
    UNION ALL
    SELECT CAST(ga.id AS text), ga.name, ga.boundary
    FROM grid_area ga
    WHERE :unit = 'GRID_AREA' AND ga.village_code LIKE :area || '%'
), hh AS (
    SELECT CASE WHEN :unit = 'VILLAGE' THEN h.village_code ELSE CAST(h.grid_area_id AS text) END AS key, count(*) AS n
    FROM household h
    WHERE h.village_code LIKE :area || '%'
    GROUP BY 1
), rq AS (
    SELECT CASE WHEN :unit = 'VILLAGE' THEN r.village_code ELSE CAST(r.grid_area_id AS text) END AS key,
           count(*) AS requests,
           count(*) FILTER (WHERE r.status <> 'RETURNED') AS countable,
           count(*) FILTER (WHERE r.status <> 'RETURNED' AND r.replied_at < CAST(:to AS timestamptz)) AS completed,
           count(*) FILTER (WHERE r.rating IS NOT NULL) AS rated,
           count(*) FILTER (WHERE r.rating = 'SATISFIED') AS satisfied
    FROM service_request r
    WHERE r.village_code LIKE :area || '%'
      AND r.created_at >= CAST(:from AS timestamptz) AND r.created_at < CAST(:to AS timestamptz)
    GROUP BY 1
)
SELECT u.key, u.name, ST_AsGeoJSON(u.g, 6) AS geojson,
       encode(ST_AsBinary(ST_Transform(u.g, CAST(:srid AS integer))), 'hex') AS wkb,
       coalesce(hh.n, 0) AS households, coalesce(rq.requests, 0) AS requests, coalesce(rq.countable, 0) AS countable,
       coalesce(rq.completed, 0) AS completed, coalesce(rq.rated, 0) AS rated, coalesce(rq.satisfied, 0) AS satisfied
FROM units u
LEFT JOIN hh ON hh.key = u.key
LEFT JOIN rq ON rq.key = u.key
ORDER BY u.key
