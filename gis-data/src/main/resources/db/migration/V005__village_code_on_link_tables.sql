-- Row-level security for the tables that had only a county code (links, request steps, dispute parties and
-- escalations): they now carry the village code of the row they belong to, filled in by a trigger when the writer
-- leaves it empty, and are scoped on it like every other area table. Before this, a town secretary saw none of them.
SET LOCAL gridatlas.view_area = '*';
SET LOCAL gridatlas.capture_area = '*';

ALTER TABLE liaison_link ADD COLUMN village_code varchar(12);
ALTER TABLE agent_link ADD COLUMN village_code varchar(12);
ALTER TABLE request_step ADD COLUMN village_code varchar(12);
ALTER TABLE dispute_party ADD COLUMN village_code varchar(12);
ALTER TABLE dispute_escalation ADD COLUMN village_code varchar(12);

UPDATE liaison_link l SET village_code = h.village_code FROM household h WHERE h.id = l.household_id;
UPDATE agent_link a SET village_code = p.division_code FROM person p WHERE p.id = a.liaison_id;
UPDATE request_step s SET village_code = r.village_code FROM service_request r WHERE r.id = s.request_id;
UPDATE dispute_party d SET village_code = x.village_code FROM dispute x WHERE x.id = d.dispute_id;
UPDATE dispute_escalation d SET village_code = x.village_code FROM dispute x WHERE x.id = d.dispute_id;

CREATE FUNCTION ga_fill_village_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.village_code IS NULL THEN
        CASE TG_TABLE_NAME
            WHEN 'liaison_link' THEN
                SELECT village_code INTO NEW.village_code FROM household WHERE id = NEW.household_id;
            WHEN 'agent_link' THEN
                SELECT division_code INTO NEW.village_code FROM person WHERE id = NEW.liaison_id;
            WHEN 'request_step' THEN
                SELECT village_code INTO NEW.village_code FROM service_request WHERE id = NEW.request_id;
            ELSE
                SELECT village_code INTO NEW.village_code FROM dispute WHERE id = NEW.dispute_id;
        END CASE;
    END IF;
    IF NEW.village_code IS NULL THEN
        RAISE EXCEPTION '%: the row it belongs to is missing or outside your area', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['liaison_link', 'agent_link', 'request_step', 'dispute_party', 'dispute_escalation']
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN village_code SET NOT NULL', t);
        EXECUTE format('CREATE INDEX %I ON %I (village_code)', t || '_village_idx', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION ga_fill_village_code()',
                       t || '_village_code', t);
        EXECUTE format('DROP POLICY %I ON %I', t || '_read', t);
        EXECUTE format('DROP POLICY %I ON %I', t || '_insert', t);
        EXECUTE format('DROP POLICY %I ON %I', t || '_update', t);
        EXECUTE format('DROP POLICY %I ON %I', t || '_delete', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (ga_can_view(village_code))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (ga_can_capture(village_code))', t || '_insert', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (ga_can_capture(village_code)) WITH CHECK (ga_can_capture(village_code))',
                       t || '_update', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (ga_can_capture(village_code))', t || '_delete', t);
    END LOOP;
END $$;
