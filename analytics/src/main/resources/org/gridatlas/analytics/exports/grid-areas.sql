SELECT g.code, g.name, g.village_code AS village, g.visit_cycle_days AS cycle_days, ST_AsBinary(g.boundary) AS geom
FROM grid_area g
WHERE g.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(g.boundary, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
