package org.gridatlas.webapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Counts the data rows of a downloaded export file by reading the file itself, format by format, streaming. */
final class DownloadedRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DownloadedRows() {
    }

    static long count(String format, Path file) throws IOException, SQLException {
        return switch (format) {
            case "csv" -> csvRows(file);
            case "geojson" -> geoJsonFeatures(file);
            case "gpkg" -> geoPackageRows(file);
            case "shp" -> dbfRecords(file);
            case "xlsx" -> sheetRows(file);
            default -> throw new IllegalArgumentException("no row counter for format " + format);
        };
    }

    /** Lines after the header (the export writes no line breaks inside values). */
    private static long csvRows(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.lines().filter(l -> !l.isEmpty()).count() - 1;
        }
    }

    /** Elements of the top-level "features" array. */
    private static long geoJsonFeatures(Path file) {
        long n = 0;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.PROPERTY_NAME && "features".equals(p.currentName())
                        && p.streamReadContext().getParent().inRoot()) {
                    p.nextToken();   // [
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        n++;
                        p.skipChildren();
                    }
                }
            }
        }
        return n;
    }

    /** Rows of the one feature table named in gpkg_contents. */
    private static long geoPackageRows(Path file) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'");
            String table = rs.getString(1);
            if (!table.matches("[a-z_-]+")) {
                throw new IllegalStateException("unexpected feature table name " + table);
            }
            return s.executeQuery("SELECT count(*) FROM \"" + table + "\"").getLong(1);
        }
    }

    /** The record count in the header of the zipped Shapefile's .dbf (bytes 4–7, little-endian). */
    private static long dbfRecords(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".dbf")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        byte[] header = in.readNBytes(8);
                        return Integer.toUnsignedLong(ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
                    }
                }
            }
        }
        throw new IllegalStateException("no .dbf in " + file);
    }

    /** {@code <row} elements of every worksheet, less one header row per sheet. */
    private static long sheetRows(Path file) throws IOException {
        long rows = 0;
        // the central directory, as Excel reads it (the streaming writer's local headers carry no sizes)
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet") && e.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        rows += occurrences(in, "<row ".getBytes(StandardCharsets.US_ASCII)) - 1;
                    }
                }
            }
        }
        return rows;
    }

    private static long occurrences(InputStream in, byte[] pattern) throws IOException {
        long n = 0;
        int matched = 0;
        byte[] buf = new byte[1 << 16];
        for (int read; (read = in.read(buf)) > 0; ) {
            for (int i = 0; i < read; i++) {
                if (buf[i] == pattern[matched]) {
                    if (++matched == pattern.length) {
                        n++;
                        matched = 0;
                    }
                } else {
                    matched = buf[i] == pattern[0] ? 1 : 0;
                }
            }
        }
        return n;
    }
}
