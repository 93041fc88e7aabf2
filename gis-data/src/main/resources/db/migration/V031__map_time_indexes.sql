-- Time filters of the map layers and OGC collections (visits in a date range, the temporal extent).
CREATE INDEX visit_visited_at_idx ON visit (visited_at);
CREATE INDEX service_request_created_at_idx ON service_request (created_at);
CREATE INDEX dispute_opened_at_idx ON dispute (opened_at);
