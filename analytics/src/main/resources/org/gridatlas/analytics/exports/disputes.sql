-- No summary (free text that may name people).
SELECT d.code, d.village_code AS village, d.kind, d.level, d.status, d.outcome, d.opened_at AS opened,
       d.closed_at AS closed, ST_AsBinary(d.location) AS geom
FROM dispute d
WHERE d.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(d.location, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
