-- Requests created in [:from, :to) in the area, per category of the catalogue (request_item.category).
SELECT i.category, count(*) AS requests
FROM service_request r
JOIN request_item i ON i.id = r.item_id
WHERE r.village_code LIKE :area || '%' AND r.created_at >= :from AND r.created_at < :to
GROUP BY i.category
ORDER BY requests DESC, i.category
