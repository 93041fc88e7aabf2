-- GridAtlas schema, V030: a data version per map source table, so that vector tiles and OGC answers can carry an
-- ETag that changes exactly when a layer's data changes.
--
-- A statement-level trigger on each source table bumps its row here once per INSERT/UPDATE/DELETE/TRUNCATE
-- statement (COPY counts as one statement too, so the demo loader bumps each table once). The table holds no
-- area data (only table names and counters), so it stays WITHOUT row-level security: every user reads the
-- same counters, and the area a user sees is mixed into the ETag by the application.

CREATE TABLE layer_version (
    table_name  varchar(64) PRIMARY KEY,
    version     bigint      NOT NULL DEFAULT 0,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION layer_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE layer_version SET version = version + 1, changed_at = clock_timestamp() WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['division', 'grid_area', 'village_group', 'household', 'person', 'service_post',
                             'liaison_link', 'agent_link', 'request_item', 'service_request', 'dispute', 'visit']
    LOOP
        INSERT INTO layer_version (table_name) VALUES (t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION layer_version_bump()', t || '_layer_version', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION layer_version_bump()', t || '_layer_version_truncate', t);
    END LOOP;
END $$;
