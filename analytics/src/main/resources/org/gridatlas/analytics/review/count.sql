-- How many items of one metric the area had in the period, located or not.
WITH pts AS (
/*POINTS*/
)
SELECT count(*) FROM pts
