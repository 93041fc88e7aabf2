WITH f AS (
/*collection*/
)
SELECT to_json(f.id)::text AS id, ST_AsGeoJSON(f.geom, 7) AS geometry, f.props::text AS properties
FROM f
WHERE f.id = :id
