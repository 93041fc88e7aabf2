SELECT g.id, g.boundary AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', g.code, 'name', g.name, 'village_code', g.village_code,
                         'visit_cycle_days', g.visit_cycle_days) AS props
FROM grid_area g
