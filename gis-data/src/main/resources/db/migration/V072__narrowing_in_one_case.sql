-- GridAtlas schema, V072: the V070/V071 narrowing written as one CASE per policy, so that un-narrowed users get
-- exactly V004's plans again.
--
-- "ga_can_view(col) AND (NOT narrowed OR ...)" made the planner multiply in default selectivities for the extra OR
-- (e.g. 0.005 for "$param IS NULL"), so a county-wide join of links and households was estimated at 2 rows and run
-- as a nested loop over sequential scans (the map's data-quality count ran for minutes). A CASE on the once-per-
-- statement setting is estimated like V004's ga_can_view (one boolean expression), and its narrowed branch (with
-- the sub-selects) is evaluated only for agents and grid-limited supervisors.
SET LOCAL gridatlas.view_area = '*';
SET LOCAL gridatlas.capture_area = '*';

DO $$
DECLARE
    t record;
    hh constant text := '(SELECT h.id FROM household h WHERE h.agent_id = (SELECT ga_agent())'
                        ' OR h.grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[]))';
    mine constant text := 'created_by = (SELECT nullif(current_setting(''gridatlas.user'', true), ''''))';
    grid constant text := 'grid_area_id = ANY ((SELECT ga_grid_areas())::bigint[])';
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('household', 'village_code',
             '((SELECT ga_grid_areas()) IS NULL OR ' || grid || ')'
             || ' AND ((SELECT ga_agent()) IS NULL OR agent_id = (SELECT ga_agent()))'),
            ('grid_area', 'village_code',
             '(SELECT ga_grid_areas()) IS NULL OR id = ANY ((SELECT ga_grid_areas())::bigint[])'),
            ('service_request', 'village_code',
             'agent_id = (SELECT ga_agent()) OR ' || grid || ' OR household_id IN ' || hh || ' OR ' || mine),
            ('dispute', 'village_code',
             'mediator_id = (SELECT ga_agent()) OR ' || grid
             || ' OR id IN (SELECT p.dispute_id FROM dispute_party p WHERE p.household_id IN ' || hh || ')'
             || ' OR ' || mine),
            ('dispute_party', 'village_code', 'household_id IN ' || hh),
            ('visit', 'village_code', 'agent_id = (SELECT ga_agent()) OR household_id IN ' || hh),
            ('liaison_link', 'village_code', 'household_id IN ' || hh),
            ('agent_link', 'village_code',
             'agent_id = (SELECT ga_agent())'
             || ' OR liaison_id IN (SELECT l.liaison_id FROM liaison_link l WHERE l.household_id IN ' || hh || ')'),
            ('request_step', 'village_code', 'request_id IN (SELECT r.id FROM service_request r)'),
            ('dispute_escalation', 'village_code', 'dispute_id IN (SELECT d.id FROM dispute d)')) AS v(tbl, col, narrow)
    LOOP
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_read', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_insert', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_update', t.tbl);
        EXECUTE format('DROP POLICY %I ON %I', t.tbl || '_delete', t.tbl);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (CASE WHEN (SELECT ga_narrowed()) '
                       'THEN ga_can_view(%I) AND (%s) ELSE ga_can_view(%I) END)',
                       t.tbl || '_read', t.tbl, t.col, t.narrow, t.col);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (CASE WHEN (SELECT ga_narrowed()) '
                       'THEN ga_can_capture(%I) AND (%s) ELSE ga_can_capture(%I) END)',
                       t.tbl || '_insert', t.tbl, t.col, t.narrow, t.col);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (CASE WHEN (SELECT ga_narrowed()) '
                       'THEN ga_can_capture(%I) AND (%s) ELSE ga_can_capture(%I) END) '
                       'WITH CHECK (CASE WHEN (SELECT ga_narrowed()) '
                       'THEN ga_can_capture(%I) AND (%s) ELSE ga_can_capture(%I) END)',
                       t.tbl || '_update', t.tbl, t.col, t.narrow, t.col, t.col, t.narrow, t.col);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (CASE WHEN (SELECT ga_narrowed()) '
                       'THEN ga_can_capture(%I) AND (%s) ELSE ga_can_capture(%I) END)',
                       t.tbl || '_delete', t.tbl, t.col, t.narrow, t.col);
    END LOOP;
END $$;
