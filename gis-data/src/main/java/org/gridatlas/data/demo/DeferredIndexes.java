package org.gridatlas.data.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For the few large tables, drops secondary indexes and unique, exclusion and foreign-key constraints before the
 * COPY and recreates them afterwards from their own catalogue definitions (same names, same definitions), all
 * inside the load transaction. Building an index once over sorted data is much faster than maintaining it row by
 * row, and re-adding a foreign key checks it with one join instead of a trigger per row.
 */
final class DeferredIndexes {

    /** Statements PostgreSQL writes for us from the catalogue; the table is a bind parameter. */
    private static final String CONSTRAINTS = """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
              FROM pg_constraint
             WHERE conrelid = ?::regclass AND contype IN ('u', 'x', 'f')
             ORDER BY contype DESC, conname""";
    private static final String INDEXES = """
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
              FROM pg_index i
             WHERE i.indrelid = ?::regclass
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
             ORDER BY i.indexrelid::regclass::text""";

    private final List<String> recreate = new ArrayList<>();

    /** Drops what can be rebuilt later for each table (call inside the transaction, before the COPY). */
    void drop(Connection c, List<String> tables) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        for (String table : tables) {
            collect(c, CONSTRAINTS, table, drops, creates);
            collect(c, INDEXES, table, drops, creates);
        }
        // unique and exclusion constraints before foreign keys (contype order), then plain indexes
        try (Statement s = c.createStatement()) {
            for (String sql : drops) {
                s.execute(sql);
            }
        }
        recreate.addAll(creates);
    }

    /** Rebuilds everything {@link #drop} removed. */
    void recreate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String sql : recreate) {
                s.execute(sql);
            }
        }
        recreate.clear();
    }

    private static void collect(Connection c, String query, String table, List<String> drops, List<String> creates)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                    creates.add(rs.getString(2));
                }
            }
        }
    }
}
