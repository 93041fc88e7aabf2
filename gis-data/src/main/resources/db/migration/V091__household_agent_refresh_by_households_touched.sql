-- GridAtlas schema, V091: V070's household.agent_id trigger picks its plan by the number of households touched,
-- not by the number of link rows written.
--
-- A few agent links can move thousands of households: the demo loader's COPY of Dayao's 1,756 agent links touched
-- all 24,000 households and took the per-household path (a correlated lookup each) while the loader had dropped the
-- link indexes: 59 s of a 68 s load. Now up to 2,000 households go through the indexes one by one, more are joined
-- in one hashed pass; both compute the same V070 rule (the open liaison link, then that liaison's open agent link).

CREATE OR REPLACE FUNCTION ga_refresh_household_agent() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF TG_TABLE_NAME = 'liaison_link' THEN
        SELECT array_agg(DISTINCT household_id) INTO ids FROM changed;
    ELSE
        SELECT array_agg(DISTINCT l.household_id) INTO ids FROM liaison_link l
         WHERE l.valid_to IS NULL AND l.liaison_id IN (SELECT liaison_id FROM changed);
    END IF;
    IF coalesce(cardinality(ids), 0) < 2000 THEN
        UPDATE household h SET agent_id = b.agent_id
          FROM (SELECT x.id, (SELECT a.agent_id FROM liaison_link l
                                JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
                               WHERE l.household_id = x.id AND l.valid_to IS NULL
                               ORDER BY l.valid_from DESC LIMIT 1) AS agent_id
                  FROM unnest(ids) AS x(id)) b
         WHERE h.id = b.id AND h.agent_id IS DISTINCT FROM b.agent_id;
    ELSE
        PERFORM set_config('enable_nestloop', 'off', true);
        UPDATE household h SET agent_id = b.agent_id
          FROM (SELECT t.id, cur.agent_id
                  FROM unnest(ids) AS t(id)
                  LEFT JOIN (SELECT DISTINCT ON (l.household_id) l.household_id, a.agent_id
                               FROM liaison_link l JOIN agent_link a ON a.liaison_id = l.liaison_id AND a.valid_to IS NULL
                              WHERE l.valid_to IS NULL
                              ORDER BY l.household_id, l.valid_from DESC) cur ON cur.household_id = t.id) b
         WHERE h.id = b.id AND h.agent_id IS DISTINCT FROM b.agent_id;
    END IF;
    PERFORM set_config('gridatlas.view_area', coalesce(saved[1], ''), true),
            set_config('gridatlas.capture_area', coalesce(saved[2], ''), true),
            set_config('gridatlas.agent_id', coalesce(saved[3], ''), true),
            set_config('gridatlas.grid_areas', coalesce(saved[4], ''), true),
            set_config('enable_nestloop', saved[5], true);
    RETURN NULL;
END $$;
