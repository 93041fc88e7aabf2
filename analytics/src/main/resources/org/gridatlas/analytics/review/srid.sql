-- The metric CRS of an area: the CGCS2000 3-degree Gauss–Krüger zone (EPSG:4534 = CM 75°E … 4554 = CM 135°E)
-- whose central meridian is nearest the county's centroid; also the area's name and outline extent.
SELECT 4534 + CAST(round((ST_X(ST_Centroid(c.boundary)) - 75) / 3) AS integer) AS srid,
       a.name, a.level, ST_AsGeoJSON(a.boundary, 6) AS outline_geojson,
       encode(ST_AsBinary(ST_Transform(a.boundary, 4534 + CAST(round((ST_X(ST_Centroid(c.boundary)) - 75) / 3) AS integer))), 'hex') AS outline,
       ST_XMin(a.boundary) AS xmin, ST_YMin(a.boundary) AS ymin, ST_XMax(a.boundary) AS xmax, ST_YMax(a.boundary) AS ymax
FROM division a
JOIN division c ON c.code = a.county_code
WHERE a.code = :area
