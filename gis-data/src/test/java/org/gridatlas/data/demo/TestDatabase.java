package org.gridatlas.data.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.ScopedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostGIS test database named by the failsafe system properties, migrated with Flyway. */
final class TestDatabase {

    /** Fixed clock for the integration tests: Tuesday 2025-05-20 10:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase() {
    }

    /** {@code database} null: the configured test database; else the same server with another database name. */
    static DataSource migrated(String database) {
        String url = System.getProperty("gridatlas.test.url", "jdbc:postgresql://127.0.0.1:55432/gridatlas_test");
        if (database != null) {
            int slash = url.lastIndexOf('/');
            int query = url.indexOf('?', slash);
            url = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getProperty("gridatlas.test.user", "gridatlas"));
        ds.setPassword(System.getProperty("gridatlas.test.password", "gridatlas"));
        Flyway.configure().dataSource(ds).load().migrate();
        // row-level security (V004) shows nothing without a scope: the data-layer tests work as the system
        return ScopedDataSource.fixed(ds, Scope.SYSTEM);
    }

    static long count(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static double number(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String text(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
