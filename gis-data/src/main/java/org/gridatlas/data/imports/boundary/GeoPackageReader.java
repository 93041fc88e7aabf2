package org.gridatlas.data.imports.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads an OGC GeoPackage (an SQLite file): every table that gpkg_contents lists as {@code features}, its geometry
 * column from gpkg_geometry_columns and its SRS from gpkg_spatial_ref_sys. EPSG:4326 and 4490 (and the undefined
 * geographic SRS 0) are taken as longitude/latitude; the CGCS2000 Gauss-Krüger zones (EPSG:4491–4554) are converted to
 * longitude/latitude here; any other SRS is refused. Attribute names are lower-cased. The file is copied to a
 * temporary file (SQLite reads files, not bytes), opened read-only and deleted afterwards.
 */
final class GeoPackageReader {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final GeometryFactory GEO = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$");

    private GeoPackageReader() {
    }

    static List<BoundaryFeature> read(String file, byte[] bytes) {
        if (bytes.length < 100 || !Arrays.equals(Arrays.copyOf(bytes, SQLITE.length), SQLITE)) {
            throw new BoundaryFileException(file + "：不是 GeoPackage（不是 SQLite 数据库文件）/ not a GeoPackage (not an SQLite file)");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("gridatlas-import-", ".gpkg");
            Files.write(tmp, bytes);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection db = config.createConnection("jdbc:sqlite:" + tmp.toAbsolutePath())) {
                return features(file, db);
            }
        } catch (SQLException e) {
            throw new BoundaryFileException(file + "：GeoPackage 文件损坏或被截断（" + e.getMessage() + "）/ damaged or truncated GeoPackage", e);
        } catch (IOException e) {
            throw new BoundaryFileException(file + "：无法读取 GeoPackage / cannot read the GeoPackage", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temp directory
                }
            }
        }
    }

    private static List<BoundaryFeature> features(String file, Connection db) throws SQLException {
        if (!hasTable(db, "gpkg_contents") || !hasTable(db, "gpkg_geometry_columns") || !hasTable(db, "gpkg_spatial_ref_sys")) {
            throw new BoundaryFileException(file + "：不是 GeoPackage（缺少 gpkg_contents / gpkg_geometry_columns / gpkg_spatial_ref_sys 表）"
                    + " / not a GeoPackage: required tables missing");
        }
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new BoundaryFileException(file + "：GeoPackage 里没有要素表（gpkg_contents 中没有 features）/ no feature table");
        }
        List<BoundaryFeature> out = new ArrayList<>();
        for (String table : tables) {
            read(file, db, table, out);
        }
        if (out.isEmpty()) {
            throw new BoundaryFileException(file + "：要素表「" + String.join("、", tables) + "」是空的 / the feature table is empty");
        }
        return out;
    }

    private static void read(String file, Connection db, String table, List<BoundaryFeature> out) throws SQLException {
        String where = file + " 要素表「" + table + "」";
        if (!hasTable(db, table)) {
            throw new BoundaryFileException(where + "：gpkg_contents 列出了它，但表不存在 / the listed table does not exist");
        }
        String column;
        int srsId;
        try (PreparedStatement ps = db.prepareStatement("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new BoundaryFileException(where + "：gpkg_geometry_columns 中没有它的几何列 / no geometry column registered");
                }
                column = rs.getString(1);
                srsId = rs.getInt(2);
            }
        }
        GaussKruger zone = srs(where, db, srsId);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            int geometryAt = -1;
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i);
                names.add(name.toLowerCase(Locale.ROOT));
                if (name.equalsIgnoreCase(column)) {
                    geometryAt = i;
                }
            }
            if (geometryAt < 0) {
                throw new BoundaryFileException(where + "：没有登记的几何列「" + column + "」/ the geometry column is missing");
            }
            for (String required : List.of("code", "name")) {
                if (!names.contains(required)) {
                    throw new BoundaryFileException(where + "：没有 " + required + " 列（现有列：" + String.join(", ", names) + "）/ no "
                            + required + " column");
                }
            }
            while (rs.next()) {
                int n = out.size() + 1;
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 1; i <= names.size(); i++) {
                    if (i != geometryAt) {
                        attributes.put(names.get(i - 1), rs.getObject(i));
                    }
                }
                out.add(new BoundaryFeature(n, attributes, geometry(where + " 第 " + n + " 个要素", rs.getBytes(geometryAt), zone)));
            }
        }
    }

    /** The projection to undo, or null for longitude/latitude; refuses SRSs that are neither. */
    private static GaussKruger srs(String where, Connection db, int srsId) throws SQLException {
        if (srsId == 0) {
            return null;
        }
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            ps.setInt(1, srsId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new BoundaryFileException(where + "：坐标参照系 " + srsId + " 没有在 gpkg_spatial_ref_sys 中定义 / undefined srs_id");
                }
                int epsg = "EPSG".equalsIgnoreCase(rs.getString(1)) ? rs.getInt(2) : epsgOf(rs.getString(3));
                if (epsg == 4326 || epsg == 4490) {
                    return null;
                }
                GaussKruger zone = GaussKruger.byEpsg(epsg);
                if (zone == null) {
                    throw new BoundaryFileException(where + "：坐标参照系「" + rs.getString(1) + ":" + rs.getInt(2)
                            + "」不受支持，请用 EPSG:4326、4490 或 CGCS2000 高斯-克吕格投影带（EPSG:4491–4554）/ unsupported srs");
                }
                return zone;
            }
        }
    }

    private static int epsgOf(String wkt) {
        Matcher m = wkt == null ? null : AUTHORITY.matcher(wkt.strip());
        return m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A GeoPackage binary geometry: "GP", version, flags, srs_id, envelope (0–64 bytes), then WKB. */
    static Geometry geometry(String where, byte[] blob, GaussKruger zone) {
        if (blob == null) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new BoundaryFileException(where + "：几何不是 GeoPackage 二进制格式（缺少 GP 标记）/ not a GeoPackage geometry blob");
        }
        int flags = blob[3];
        int envelope = switch ((flags >> 1) & 7) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new BoundaryFileException(where + "：几何头的包络标志无效 / invalid envelope flag");
        };
        if ((flags & 0x10) != 0) {
            return null;
        }
        Geometry g;
        try {
            g = new WKBReader(GEO).read(Arrays.copyOfRange(blob, Math.min(8 + envelope, blob.length), blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new BoundaryFileException(where + "：几何数据（WKB）无法解析 / unreadable WKB", e);
        }
        if (zone != null) {
            zone.unproject(g, where);
        }
        g.setSRID(4326);
        return g instanceof Polygon p ? GEO.createMultiPolygon(new Polygon[] {p}) : g;
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
