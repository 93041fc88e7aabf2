-- The end of every point layer's street-zoom tile, appended to its <layer>-raw.sql, which defines the CTE pts
-- (the feature attributes and geom, the point already in tile space from ST_AsMVTGeom). A tile of at most
-- :maxFeatures points carries one feature per point; a denser one (a town centre) carries counts in 48 x 48 cells
-- (85.33 tile units each) at the mean position of their points, so that no tile grows past the size budget.
-- ${layer} is the layer name, ${cells} the extra cell columns a layer declares in a "-- cell columns:" line.
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(pts, '${layer}', 4096, 'geom') FROM pts WHERE pts.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(cells, '${layer}', 4096, 'geom')
    FROM (
        SELECT count(*) AS count${cells}, ST_SnapToGrid(ST_Centroid(ST_Collect(pts.geom)), 1) AS geom
        FROM pts
        WHERE pts.geom IS NOT NULL
        GROUP BY ST_SnapToGrid(pts.geom, 0, 0, 4096 / 48.0, 4096 / 48.0)
    ) cells
) END
