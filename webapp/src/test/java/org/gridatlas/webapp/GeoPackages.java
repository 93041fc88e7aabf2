package org.gridatlas.webapp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage test files built in code with sqlite-jdbc: a feature table in any SRS, with any columns, and SQLite
 * files that are GeoPackages only in part. Rows are attribute values followed by the geometry (a JTS Geometry, raw
 * bytes written as they are, or null).
 */
final class GeoPackages {

    private GeoPackages() {
    }

    /** A GeoPackage with one feature table {@code table} in EPSG:{@code epsg}, geometry column {@code geom}. */
    static byte[] features(String table, int epsg, List<String> columns, List<Object[]> rows) throws Exception {
        List<String> sql = new ArrayList<>(core());
        sql.add("INSERT INTO gpkg_spatial_ref_sys VALUES ('EPSG " + epsg + "', " + epsg + ", 'EPSG', " + epsg + ", 'undefined', NULL)");
        sql.add(table(table, columns));
        sql.add("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table + "', 'features', '" + table + "', " + epsg + ")");
        sql.add("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'MULTIPOLYGON', " + epsg + ", 0, 0)");
        return sqlite(sql, table, epsg, columns, rows);
    }

    /** The tables every GeoPackage has, without any SRS beyond the two undefined ones. */
    static List<String> core() {
        return List.of(
                "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,"
                        + " organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)",
                "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL)",
                "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)",
                "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,"
                        + " description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)",
                "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,"
                        + " srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name))");
    }

    static String table(String table, List<String> columns) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT");
        for (String c : columns) {
            ddl.append(", \"").append(c).append("\" TEXT");
        }
        return ddl.append(", geom BLOB)").toString();
    }

    /** Runs the statements in a new SQLite file, then inserts the rows into {@code table} (if not null); its bytes. */
    static byte[] sqlite(List<String> statements, String table, int srs, List<String> columns, List<Object[]> rows) throws Exception {
        Path file = Files.createTempFile("gridatlas-test-", ".gpkg");
        Files.delete(file);
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA application_id = 1196444487");
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                }
                if (table != null) {
                    StringBuilder ins = new StringBuilder("INSERT INTO \"" + table + "\" (");
                    for (String c : columns) {
                        ins.append('"').append(c).append("\", ");
                    }
                    ins.append("geom) VALUES (").append("?, ".repeat(columns.size())).append("?)");
                    try (PreparedStatement ps = db.prepareStatement(ins.toString())) {
                        for (Object[] row : rows) {
                            for (int i = 0; i < row.length - 1; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            Object g = row[row.length - 1];
                            ps.setBytes(row.length, g instanceof Geometry geometry ? gp(geometry, srs) : (byte[]) g);
                            ps.executeUpdate();
                        }
                    }
                }
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian, no envelope), srs_id, WKB. */
    static byte[] gp(Geometry g, int srs) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        return ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(srs).put(wkb).array();
    }
}
