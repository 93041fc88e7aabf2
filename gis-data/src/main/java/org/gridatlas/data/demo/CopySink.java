package org.gridatlas.data.demo;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Streams COPY text rows into PostgreSQL, one {@code COPY ... FROM STDIN} per table. */
final class CopySink extends RowSink {

    private final CopyManager copy;
    private CopyIn in;

    CopySink(CopyManager copy) {
        this.copy = copy;
    }

    @Override
    void begin(String table, String columns) {
        try {
            // table and column lists are the constants of TableWriter, never values
            in = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        } catch (SQLException e) {
            throw new DemoLoadException("COPY " + table + " failed to start", e);
        }
    }

    @Override
    void flush(byte[] data, int length) {
        try {
            in.writeToCopy(data, 0, length);
        } catch (SQLException e) {
            throw new DemoLoadException("COPY failed", e);
        }
    }

    @Override
    long end() {
        long rows = super.end();
        try {
            in.endCopy();
        } catch (SQLException e) {
            throw new DemoLoadException("COPY failed to finish", e);
        }
        in = null;
        return rows;
    }
}
