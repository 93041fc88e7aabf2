SELECT g.id, g.boundary AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', g.code, 'name', g.name, 'village_code', g.village_code,
                         'grid_area_id', g.grid_area_id) AS props
FROM village_group g
