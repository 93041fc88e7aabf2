-- GridAtlas schema, V042: visits by place and time in one index (btree_gist), for the street-zoom visits tiles.
--
-- A visits tile asks for the points inside the tile AND inside a time range (by default the most recent week). With
-- only the spatial index, a dense z13 tile read every visit ever made there (a year of visits) and dropped all but a
-- week; with only the time index it read every visit of the week in the county. The combined GiST index answers
-- both conditions in one scan.
CREATE INDEX IF NOT EXISTS visit_location_visited_at_idx ON visit USING gist (location, visited_at);
