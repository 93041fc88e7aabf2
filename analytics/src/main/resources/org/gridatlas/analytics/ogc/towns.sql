SELECT d.code AS id, d.boundary AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', d.code, 'name', d.name, 'parent_code', d.parent_code, 'area_km2', d.area_km2) AS props
FROM division d
WHERE d.level = 'TOWN'
