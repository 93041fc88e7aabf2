-- No summary (free text that may name people).
SELECT d.id, d.location AS geom, d.opened_at AS t,
       json_build_object('code', d.code, 'village_code', d.village_code, 'kind', d.kind, 'level', d.level,
                         'status', d.status, 'outcome', d.outcome, 'opened_at', d.opened_at,
                         'closed_at', d.closed_at) AS props
FROM dispute d
WHERE d.location IS NOT NULL
