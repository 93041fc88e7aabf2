-- One metric's points as metric x, y (for the kernel density computed in Java).
WITH pts AS (
/*POINTS*/
)
SELECT ST_X(p) AS x, ST_Y(p) AS y FROM pts WHERE p IS NOT NULL
