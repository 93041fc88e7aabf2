-- Active agents of the area with their level and the answer times of their items in [:from, :to): an item is a
-- request handled by the agent, not a 退回件 (RETURNED), answered (coalesce(replied_at, closed_at)) in the period.
SELECT p.id, p.code, p.name, p.level, p.division_code, d.name AS division_name,
       coalesce(array_agg(coalesce(r.replied_at, r.closed_at) ORDER BY coalesce(r.replied_at, r.closed_at))
                FILTER (WHERE r.id IS NOT NULL), '{}') AS item_times
FROM person p
JOIN division d ON d.code = p.division_code
LEFT JOIN service_request r
       ON r.agent_id = p.id
      AND r.case_type IS DISTINCT FROM 'RETURNED'
      AND coalesce(r.replied_at, r.closed_at) >= :from
      AND coalesce(r.replied_at, r.closed_at) < :to
WHERE p.role = 'AGENT' AND p.active AND p.division_code LIKE :area || '%'
GROUP BY p.id, p.code, p.name, p.level, p.division_code, d.name
ORDER BY p.division_code, p.code
