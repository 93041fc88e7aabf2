-- Issue 5: assignment links were scoped by county_code only (V004), so a grid supervisor (whose areas are a village)
-- could neither see nor change the links of their own households. The policies now also admit a link whose subject
-- lies in the user's area: the household's village (liaison_link) or the liaison's division (agent_link).
-- County-wide users keep the county_code test first (cheap, and the bulk loader runs as '*').

DROP POLICY liaison_link_read ON liaison_link;
DROP POLICY liaison_link_insert ON liaison_link;
DROP POLICY liaison_link_update ON liaison_link;
DROP POLICY liaison_link_delete ON liaison_link;
DROP POLICY agent_link_read ON agent_link;
DROP POLICY agent_link_insert ON agent_link;
DROP POLICY agent_link_update ON agent_link;
DROP POLICY agent_link_delete ON agent_link;

CREATE FUNCTION ga_household_area(subject bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT village_code FROM household WHERE id = $1
$$;
CREATE FUNCTION ga_person_area(subject bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT division_code FROM person WHERE id = $1
$$;

CREATE POLICY liaison_link_read ON liaison_link FOR SELECT
    USING (ga_can_view(county_code) OR ga_can_view(ga_household_area(household_id)));
CREATE POLICY liaison_link_insert ON liaison_link FOR INSERT
    WITH CHECK (ga_can_capture(county_code) OR ga_can_capture(ga_household_area(household_id)));
CREATE POLICY liaison_link_update ON liaison_link FOR UPDATE
    USING (ga_can_capture(county_code) OR ga_can_capture(ga_household_area(household_id)))
    WITH CHECK (ga_can_capture(county_code) OR ga_can_capture(ga_household_area(household_id)));
CREATE POLICY liaison_link_delete ON liaison_link FOR DELETE
    USING (ga_can_capture(county_code) OR ga_can_capture(ga_household_area(household_id)));

CREATE POLICY agent_link_read ON agent_link FOR SELECT
    USING (ga_can_view(county_code) OR ga_can_view(ga_person_area(liaison_id)));
CREATE POLICY agent_link_insert ON agent_link FOR INSERT
    WITH CHECK (ga_can_capture(county_code) OR ga_can_capture(ga_person_area(liaison_id)));
CREATE POLICY agent_link_update ON agent_link FOR UPDATE
    USING (ga_can_capture(county_code) OR ga_can_capture(ga_person_area(liaison_id)))
    WITH CHECK (ga_can_capture(county_code) OR ga_can_capture(ga_person_area(liaison_id)));
CREATE POLICY agent_link_delete ON agent_link FOR DELETE
    USING (ga_can_capture(county_code) OR ga_can_capture(ga_person_area(liaison_id)));
