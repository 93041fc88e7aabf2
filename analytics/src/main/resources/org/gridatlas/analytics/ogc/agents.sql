-- No name, ID number or phone.
SELECT p.id, p.home AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', p.code, 'level', p.level, 'division_code', p.division_code,
                         'grid_area_id', p.grid_area_id,
                         'households', (SELECT count(*)
                                          FROM agent_link a
                                          JOIN liaison_link l ON l.liaison_id = a.liaison_id AND l.valid_to IS NULL
                                         WHERE a.agent_id = p.id AND a.valid_to IS NULL)) AS props
FROM person p
WHERE p.role = 'AGENT' AND p.active AND p.home IS NOT NULL
