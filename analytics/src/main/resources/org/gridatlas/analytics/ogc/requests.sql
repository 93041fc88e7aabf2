-- No description (free text that may name people).
SELECT r.id, r.location AS geom, r.created_at AS t,
       json_build_object('code', r.code, 'village_code', r.village_code, 'status', r.status,
                         'case_type', r.case_type, 'category', i.category, 'item', i.item, 'channel', r.channel,
                         'created_at', r.created_at, 'deadline', r.deadline, 'closed_at', r.closed_at) AS props
FROM service_request r
JOIN request_item i ON i.id = r.item_id
WHERE r.location IS NOT NULL
