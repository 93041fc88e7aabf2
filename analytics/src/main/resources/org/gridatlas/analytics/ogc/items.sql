-- One page of a collection as a GeoJSON features array; /*collection*/ is replaced by the collection's .sql file.
WITH f AS (
/*collection*/
)
SELECT coalesce(json_agg(json_build_object('type', 'Feature', 'id', p.id,
                                           'geometry', ST_AsGeoJSON(p.geom, 7)::json,
                                           'properties', p.props) ORDER BY p.id), '[]'::json)::text
FROM (
    SELECT f.* FROM f
    WHERE f.geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)
      /*time*/
    ORDER BY f.id
    LIMIT :limit OFFSET :offset
) p
