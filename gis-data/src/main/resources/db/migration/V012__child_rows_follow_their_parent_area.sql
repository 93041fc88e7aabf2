-- V004 scopes request_step, dispute_party and dispute_escalation by county_code, which a user whose area is a
-- town or village can never match (ga_can_view('320481') is false for area '320481106'): such users could neither
-- read nor write the steps of requests they can see. These child rows now follow their parent row: visible when
-- the parent is visible (the parent's own policy applies inside the sub-select), writable when the parent's
-- village lies in the capture area. System scope ('*') and county-wide users keep the cheap test of V004.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('request_step', 'service_request', 'request_id'),
            ('dispute_party', 'dispute', 'dispute_id'),
            ('dispute_escalation', 'dispute', 'dispute_id')) AS v(tbl, parent, fk)
    LOOP
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_read', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_insert', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_update', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_delete', t.tbl);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ga_can_view(county_code)'
                       || ' OR EXISTS (SELECT 1 FROM %I p WHERE p.id = %I.%I))',
                       t.tbl || '_read', t.tbl, t.parent, t.tbl, t.fk);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (ga_can_capture(NULL) OR EXISTS (SELECT 1 FROM %I p WHERE p.id = %I.%I'
                       || ' AND ga_can_capture(p.village_code)))', t.tbl || '_insert', t.tbl, t.parent, t.tbl, t.fk);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (ga_can_capture(NULL) OR EXISTS (SELECT 1 FROM %I p WHERE p.id = %I.%I'
                       || ' AND ga_can_capture(p.village_code))) WITH CHECK (ga_can_capture(NULL) OR EXISTS (SELECT 1 FROM %I p WHERE p.id = %I.%I'
                       || ' AND ga_can_capture(p.village_code)))', t.tbl || '_update', t.tbl, t.parent, t.tbl, t.fk,
                       t.parent, t.tbl, t.fk);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (ga_can_capture(NULL) OR EXISTS (SELECT 1 FROM %I p WHERE p.id = %I.%I'
                       || ' AND ga_can_capture(p.village_code)))', t.tbl || '_delete', t.tbl, t.parent, t.tbl, t.fk);
    END LOOP;
END $$;
