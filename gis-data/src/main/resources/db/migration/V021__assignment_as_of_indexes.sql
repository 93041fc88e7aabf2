-- Issue 5: as-of questions ("who was responsible on date D", coverage per quarter) join links by liaison or agent
-- over all periods, not only the open ones; without these the join scans every link (6 s for one village).
CREATE INDEX liaison_link_liaison_period_idx ON liaison_link (liaison_id, valid_from);
CREATE INDEX agent_link_agent_period_idx ON agent_link (agent_id, valid_from);
