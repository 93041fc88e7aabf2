package org.gridatlas.webapp.exports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.gridatlas.analytics.exports.ExportColumn;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.analytics.exports.ExportSink;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * An OGC GeoPackage 1.3 (an SQLite file, EPSG:4326) with one feature table named after the layer: the required
 * gpkg_spatial_ref_sys, gpkg_contents and gpkg_geometry_columns tables and GeoPackage binary geometries (header
 * with envelope, then little-endian WKB). Rows are inserted in batches of {@value #BATCH} in one transaction.
 */
final class GeoPackageExportWriter implements ExportSink {

    static final int BATCH = 1000;
    private static final String WGS84 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]";

    private final Connection db;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private final Envelope box = new Envelope();
    private ExportLayer layer;
    private PreparedStatement insert;
    private int pending;

    GeoPackageExportWriter(Path file) throws IOException {
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IOException("cannot create the GeoPackage", e);
        }
    }

    @Override
    public void start(ExportLayer layer, List<ExportColumn> columns) throws IOException {
        this.layer = layer;
        String table = table(layer);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487");
            s.execute("PRAGMA user_version = 10300");
            s.execute("""
                    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
                      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
                      description TEXT)""");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84 + "', NULL)");
            s.execute("""
                    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
                      identifier TEXT UNIQUE, description TEXT DEFAULT '',
                      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
                      srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""");
            s.execute("""
                    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
                      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
                      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))""");
            StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom "
                    + geometryType(layer));
            StringBuilder ins = new StringBuilder("INSERT INTO \"" + table + "\" (geom");
            StringBuilder marks = new StringBuilder("?");
            for (ExportColumn c : columns) {
                ddl.append(", \"").append(c.name()).append("\" ").append(sqlType(c));
                ins.append(", \"").append(c.name()).append('"');
                marks.append(", ?");
            }
            s.execute(ddl.append(')').toString());
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', '" + geometryType(layer) + "', 4326, 0, 0)");
            insert = db.prepareStatement(ins.append(") VALUES (").append(marks).append(')').toString());
        } catch (SQLException e) {
            throw new IOException("cannot create the GeoPackage tables", e);
        }
    }

    @Override
    public void row(Object[] values, Geometry geometry) throws IOException {
        try {
            insert.setBytes(1, geometry == null ? null : binary(geometry));
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                insert.setObject(i + 2, v instanceof Boolean b ? (b ? 1 : 0) : v);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write to the GeoPackage", e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            insert.executeBatch();
            insert.close();
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)"
                            + " VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)")) {
                p.setString(1, table(layer));
                p.setString(2, table(layer));
                p.setString(3, layer.title());
                if (!box.isNull()) {
                    p.setDouble(4, box.getMinX());
                    p.setDouble(5, box.getMinY());
                    p.setDouble(6, box.getMaxX());
                    p.setDouble(7, box.getMaxY());
                }
                p.executeUpdate();
            }
            db.commit();
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot finish the GeoPackage", e);
        }
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian, xy envelope), srs_id, envelope, WKB. */
    byte[] binary(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        box.expandToInclude(e);
        byte[] body = wkb.write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011).putInt(4326);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        return b.put(body).array();
    }

    static String table(ExportLayer layer) {
        return layer.id().replace('-', '_');
    }

    private static String geometryType(ExportLayer layer) {
        return layer.shape() == ExportLayer.Shape.POINT ? "POINT" : "MULTIPOLYGON";
    }

    private static String sqlType(ExportColumn c) {
        return switch (c.type()) {
            case INTEGER -> "INTEGER";
            case DECIMAL -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case TIME, TEXT -> "TEXT";
        };
    }
}
