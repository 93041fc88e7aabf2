SELECT s.id, s.location AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('kind', s.kind, 'name', s.name, 'division_code', s.division_code,
                         'grid_area_id', s.grid_area_id) AS props
FROM service_post s
