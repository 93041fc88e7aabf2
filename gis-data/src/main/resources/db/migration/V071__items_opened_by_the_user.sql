-- GridAtlas schema, V071: a narrowed user (V070) also sees the requests and disputes they opened themselves.
--
-- A dispute is written before its parties, and PostgreSQL checks the new row against the read policy when the
-- insert returns its id, so an agent's new dispute would be refused before its (own) party households exist.
-- created_by records the user that opened the row (filled from gridatlas.user, which ScopedDataSource sets on every
-- connection; the application never writes it), and the narrowing term of both tables gains "opened by me".
SET LOCAL gridatlas.view_area = '*';
SET LOCAL gridatlas.capture_area = '*';

ALTER TABLE service_request ADD COLUMN created_by varchar(64) DEFAULT nullif(current_setting('gridatlas.user', true), '');
ALTER TABLE dispute ADD COLUMN created_by varchar(64) DEFAULT nullif(current_setting('gridatlas.user', true), '');

DO $$
DECLARE
    t record;
    own constant text := 'NOT (SELECT ga_narrowed())';
    mine constant text := 'created_by = (SELECT nullif(current_setting(''gridatlas.user'', true), ''''))';
    hh constant text := '(SELECT h.id FROM household h WHERE h.agent_id = (SELECT ga_agent())'
                        ' OR h.grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[]))';
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('service_request', 'village_code',
             own || ' OR agent_id = (SELECT ga_agent()) OR grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[])'
             || ' OR household_id IN ' || hh || ' OR ' || mine),
            ('dispute', 'village_code',
             own || ' OR mediator_id = (SELECT ga_agent()) OR grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[])'
             || ' OR id IN (SELECT p.dispute_id FROM dispute_party p WHERE p.household_id IN ' || hh || ')'
             || ' OR ' || mine)) AS v(tbl, col, narrow)
    LOOP
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_read', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_insert', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_update', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_delete', t.tbl);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ga_can_view(%I) AND (%s))',
                       t.tbl || '_read', t.tbl, t.col, t.narrow);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (ga_can_capture(%I) AND (%s))',
                       t.tbl || '_insert', t.tbl, t.col, t.narrow);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (ga_can_capture(%I) AND (%s)) WITH CHECK (ga_can_capture(%I) AND (%s))',
                       t.tbl || '_update', t.tbl, t.col, t.narrow, t.col, t.narrow);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (ga_can_capture(%I) AND (%s))',
                       t.tbl || '_delete', t.tbl, t.col, t.narrow);
    END LOOP;
END $$;
