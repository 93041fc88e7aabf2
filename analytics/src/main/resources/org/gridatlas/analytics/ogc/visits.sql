-- No note (free text that may name people).
SELECT v.id, v.location AS geom, v.visited_at AS t,
       json_build_object('village_code', v.village_code, 'agent_id', v.agent_id, 'household_id', v.household_id,
                         'visited_at', v.visited_at) AS props
FROM visit v
WHERE v.location IS NOT NULL
