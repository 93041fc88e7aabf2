-- One page of a collection as a GeoJSON features array; the collection's .sql file goes into the CTE below.
WITH f AS (
/*collection*/
)
SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'id', p.id,
                                           'geometry', ST_AsGeoJSON(p.geom, 7)::json,
                                           'properties', p.props) ORDER BY p.id), '[]'::json)::text
FROM (
    SELECT f.* FROM f
    WHERE true
      /*bbox*/
      /*time*/
    ORDER BY f.id
    LIMIT :limit OFFSET :offset
) p
