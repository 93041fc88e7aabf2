-- GridAtlas schema, V070: an agent sees their own households and items; a grid supervisor may be bound to grid areas.
--
-- Two more per-connection settings, stamped by ScopedDataSource next to gridatlas.view_area/capture_area:
--   gridatlas.agent_id    — the person id of an AGENT user ('' or unset = no narrowing; '0' = an agent bound to no
--                            agent record, who therefore owns nothing)
--   gridatlas.grid_areas  — a bigint array literal '{12,15}' of grid-area ids ('' or unset = no narrowing)
-- Both only NARROW what ga_can_view/ga_can_capture already allow: county leaders, secretaries, admins, supervisors
-- without grid areas and the system (settings empty) see exactly what they saw before.
--
-- "Own household" = the household's current responsible agent: the open liaison link (valid_to IS NULL) and that
-- liaison's open agent link. It is kept in household.agent_id by statement-level triggers on both link tables, so the
-- household policy compares columns only (no subquery per row, and the spatial index under RLS keeps working).
-- Items of an agent: requests dispatched to them or on their households, visits they made or on their households,
-- disputes they mediate or with a party among their households, and the steps/escalations/links of those.
--
-- Every narrowing term reads the settings through an uncorrelated scalar sub-select, so PostgreSQL evaluates it once
-- per statement (an InitPlan) and an un-narrowed user pays one boolean test per row.

SET LOCAL gridatlas.view_area = '*';
SET LOCAL gridatlas.capture_area = '*';

CREATE FUNCTION ga_agent() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('gridatlas.agent_id', true), '')::bigint
$$;
CREATE FUNCTION ga_grid_areas() RETURNS bigint[] LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('gridatlas.grid_areas', true), '')::bigint[]
$$;
CREATE FUNCTION ga_narrowed() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT ga_agent() IS NOT NULL OR ga_grid_areas() IS NOT NULL
$$;

-- The current responsible agent of each household, maintained from the link tables.
ALTER TABLE household ADD COLUMN agent_id bigint REFERENCES person (id);
COMMENT ON COLUMN household.agent_id IS
    'current responsible agent (open liaison_link -> open agent_link); maintained by triggers, never written by the application';

UPDATE household h SET agent_id = cur.agent_id
  FROM (SELECT DISTINCT ON (l.household_id) l.household_id, a.agent_id
          FROM liaison_link l JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
         WHERE l.valid_to IS NULL
         ORDER BY l.household_id, l.valid_from DESC) cur
 WHERE h.id = cur.household_id;
CREATE INDEX household_agent_idx ON household (agent_id);

-- Recomputes household.agent_id for the households touched by a link statement (transition table "changed").
-- Runs with system settings (set for the statement, restored at the end), so a narrowed user's change keeps every
-- household consistent; it writes nothing but this derived column.
-- A small statement (an assignment) goes through the indexes; a bulk one (the demo loader's COPY, while the bulk
-- tables' indexes are dropped) is joined by hashing.
CREATE FUNCTION ga_refresh_household_agent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ids bigint[];
    saved text[] := ARRAY[current_setting('gridatlas.view_area', true), current_setting('gridatlas.capture_area', true),
                          current_setting('gridatlas.agent_id', true), current_setting('gridatlas.grid_areas', true),
                          current_setting('enable_nestloop')];
BEGIN
    SELECT count(*) INTO n FROM changed;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('gridatlas.view_area', '*', true), set_config('gridatlas.capture_area', '*', true),
            set_config('gridatlas.agent_id', '', true), set_config('gridatlas.grid_areas', '', true);
    IF n < 2000 THEN
        IF TG_TABLE_NAME = 'liaison_link' THEN
            SELECT array_agg(DISTINCT household_id) INTO ids FROM changed;
        ELSE
            SELECT array_agg(DISTINCT l.household_id) INTO ids FROM liaison_link l
             WHERE l.valid_to IS NULL AND l.liaison_id = ANY (ARRAY(SELECT DISTINCT liaison_id FROM changed));
        END IF;
        UPDATE household h SET agent_id = b.agent_id
          FROM (SELECT x.id, (SELECT a.agent_id FROM liaison_link l
                                JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
                               WHERE l.household_id = x.id AND l.valid_to IS NULL
                               ORDER BY l.valid_from DESC LIMIT 1) AS agent_id
                  FROM unnest(ids) AS x(id)) b
         WHERE h.id = b.id AND h.agent_id IS DISTINCT FROM b.agent_id;
    ELSE
        PERFORM set_config('enable_nestloop', 'off', true);
        IF TG_TABLE_NAME = 'liaison_link' THEN
            UPDATE household h SET agent_id = b.agent_id
              FROM (SELECT t.household_id AS id, cur.agent_id
                      FROM (SELECT DISTINCT household_id FROM changed) t
                      LEFT JOIN (SELECT DISTINCT ON (l.household_id) l.household_id, a.agent_id
                                   FROM liaison_link l JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
                                  WHERE l.valid_to IS NULL
                                  ORDER BY l.household_id, l.valid_from DESC) cur ON cur.household_id = t.household_id) b
             WHERE h.id = b.id AND h.agent_id IS DISTINCT FROM b.agent_id;
        ELSE
            UPDATE household h SET agent_id = b.agent_id
              FROM (SELECT DISTINCT ON (l.household_id) l.household_id AS id, a.agent_id
                      FROM liaison_link l
                      LEFT JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
                     WHERE l.valid_to IS NULL AND l.liaison_id IN (SELECT liaison_id FROM changed)
                     ORDER BY l.household_id, l.valid_from DESC, a.agent_id NULLS LAST) b
             WHERE h.id = b.id AND h.agent_id IS DISTINCT FROM b.agent_id;
        END IF;
    END IF;
    PERFORM set_config('gridatlas.view_area', coalesce(saved[1], ''), true),
            set_config('gridatlas.capture_area', coalesce(saved[2], ''), true),
            set_config('gridatlas.agent_id', coalesce(saved[3], ''), true),
            set_config('gridatlas.grid_areas', coalesce(saved[4], ''), true),
            set_config('enable_nestloop', saved[5], true);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['liaison_link', 'agent_link']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_refresh_household_agent()', t || '_agent_ins', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_refresh_household_agent()', t || '_agent_upd', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ga_refresh_household_agent()', t || '_agent_del', t);
    END LOOP;
END $$;

-- The narrowing term of each table (true for un-narrowed users), then the four policies, as in V004/V005.
-- "hh" selects the narrowed user's households through indexes (household_agent_idx, household_grid_area_idx); the
-- household policy applies inside it too.
DO $$
DECLARE
    t record;
    own constant text := 'NOT (SELECT ga_narrowed())';
    hh constant text := '(SELECT h.id FROM household h WHERE h.agent_id = (SELECT ga_agent())'
                        ' OR h.grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[]))';
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('household', 'village_code',
             '((SELECT ga_grid_areas()) IS NULL OR grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[]))'
             || ' AND ((SELECT ga_agent()) IS NULL OR agent_id = (SELECT ga_agent()))'),
            ('grid_area', 'village_code',
             '(SELECT ga_grid_areas()) IS NULL OR id = ANY ((SELECT ga_grid_areas())::bigint[])'),
            ('service_request', 'village_code',
             own || ' OR agent_id = (SELECT ga_agent()) OR grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[])'
             || ' OR household_id IN ' || hh),
            ('dispute', 'village_code',
             own || ' OR mediator_id = (SELECT ga_agent()) OR grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[])'
             || ' OR id IN (SELECT p.dispute_id FROM dispute_party p WHERE p.household_id IN ' || hh || ')'),
            ('dispute_party', 'village_code',
             own || ' OR household_id IN ' || hh),
            ('visit', 'village_code',
             own || ' OR agent_id = (SELECT ga_agent()) OR household_id IN ' || hh),
            ('liaison_link', 'village_code',
             own || ' OR household_id IN ' || hh),
            ('agent_link', 'village_code',
             own || ' OR agent_id = (SELECT ga_agent())'
             || ' OR liaison_id IN (SELECT l.liaison_id FROM liaison_link l WHERE l.household_id IN ' || hh || ')'),
            ('request_step', 'village_code',
             own || ' OR request_id IN (SELECT r.id FROM service_request r)'),
            ('dispute_escalation', 'village_code',
             own || ' OR dispute_id IN (SELECT d.id FROM dispute d)')) AS v(tbl, col, narrow)
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

-- Users: an AGENT is bound to an agent record through person_id (already there); a SUPERVISOR may be bound to grid areas.
ALTER TABLE app_user ADD COLUMN grid_area_ids bigint[];
COMMENT ON COLUMN app_user.grid_area_ids IS
    'grid areas a supervisor is limited to, inside the view area (NULL = the whole view area)';
