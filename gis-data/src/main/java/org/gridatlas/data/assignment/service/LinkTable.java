package org.gridatlas.data.assignment.service;

/**
 * The two link tables and the subject rows locked before changing them (SQL built from these constants only).
 * Closing and opening links are one statement each, whatever the number of links: the link tables carry
 * statement-level triggers (household.agent_id, tile cells), so a row-by-row batch would run them once per link.
 */
enum LinkTable {
    HOUSEHOLD_LIAISON("liaison_link", "household_id", "liaison_id",
            "SELECT id, code, county_code FROM household WHERE id = ANY (?::bigint[]) ORDER BY id FOR UPDATE",
            "households"),
    LIAISON_AGENT("agent_link", "liaison_id", "agent_id",
            "SELECT id, code, county_code FROM person WHERE role = 'LIAISON' AND id = ANY (?::bigint[]) ORDER BY id FOR UPDATE",
            "liaisons");

    final String lockSubjects;
    final String current;
    final String close;
    final String open;
    final String what;

    LinkTable(String table, String subject, String target, String lockSubjects, String what) {
        this.lockSubjects = lockSubjects;
        this.current = "SELECT " + subject + ", id, " + target + " FROM " + table
                + " WHERE " + subject + " = ANY (?::bigint[]) AND valid_to IS NULL";
        this.close = "UPDATE " + table + " SET valid_to = ? WHERE id = ANY (?::bigint[]) AND valid_to IS NULL";
        this.open = "INSERT INTO " + table + " (county_code, " + subject + ", " + target
                + ", valid_from, changed_by, reason)"
                + " SELECT u.county_code, u.subject, u.target, ?, ?, ?"
                + " FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS u(county_code, subject, target)";
        this.what = what;
    }
}
