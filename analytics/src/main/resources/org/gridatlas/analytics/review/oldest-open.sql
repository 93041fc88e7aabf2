-- The oldest items still open now in an area: requests in an open status (as Overdue.OPEN) and disputes not closed,
-- oldest first. No personal data: code, item or dispute kind, village, dates.
SELECT * FROM (
    SELECT 'REQUEST' AS kind, r.code, i.item AS what, v.name AS village, r.created_at AS opened_at, r.deadline
    FROM service_request r
    JOIN request_item i ON i.id = r.item_id
    JOIN division v ON v.code = r.village_code
    WHERE r.village_code LIKE :area || '%' AND r.created_at < CAST(:now AS timestamptz)
      AND r.status IN ('SUBMITTED', 'ACCEPTED', 'VERIFIED', 'INFORMED', 'ESCALATED', 'HANDLING')
    UNION ALL
    SELECT 'DISPUTE', d.code, d.kind, v.name, d.opened_at, NULL
    FROM dispute d
    JOIN division v ON v.code = d.village_code
    WHERE d.village_code LIKE :area || '%' AND d.opened_at < CAST(:now AS timestamptz) AND d.status <> 'CLOSED'
) items
ORDER BY opened_at, code
LIMIT :limit
