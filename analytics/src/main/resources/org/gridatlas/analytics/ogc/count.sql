WITH f AS (
/*collection*/
)
SELECT count(*) FROM f
WHERE f.geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)
  /*time*/
