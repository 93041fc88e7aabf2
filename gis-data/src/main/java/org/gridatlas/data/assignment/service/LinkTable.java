package org.gridatlas.data.assignment.service;

/** The two link tables and the subject rows locked before changing them (SQL built from these constants only). */
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
        this.close = "UPDATE " + table + " SET valid_to = ? WHERE id = ? AND valid_to IS NULL";
        this.open = "INSERT INTO " + table + " (county_code, " + subject + ", " + target
                + ", valid_from, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)";
        this.what = what;
    }
}
