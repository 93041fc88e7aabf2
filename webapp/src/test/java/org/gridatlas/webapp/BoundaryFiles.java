package org.gridatlas.webapp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Boundary test files built in code: GeoJSON text and zipped Shapefiles taken apart and put together again. */
final class BoundaryFiles {

    /** The .prj ArcGIS writes for EPSG:4549 (CGCS2000, 3° Gauss-Krüger, central meridian 120°E, no zone number). */
    static final String ESRI_4549 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    private BoundaryFiles() {
    }

    /** A square polygon ring [[x,y],...] from (x, y) of the given size, counter-clockwise. */
    static String square(double x, double y, double w, double h) {
        return String.format(Locale.ROOT, "[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]",
                x, y, x + w, y, x + w, y + h, x, y + h, x, y);
    }

    static String polygon(String rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + rings + "}";
    }

    static String feature(String code, String name, String parent, String geometry) {
        StringBuilder p = new StringBuilder("{");
        if (code != null) {
            p.append("\"code\":\"").append(code).append("\",");
        }
        if (name != null) {
            p.append("\"name\":\"").append(name).append("\",");
        }
        if (parent != null) {
            p.append("\"village\":\"").append(parent).append("\",");
        }
        if (p.length() > 1) {
            p.setLength(p.length() - 1);
        }
        return "{\"type\":\"Feature\",\"properties\":" + p.append('}') + ",\"geometry\":" + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The entries without those whose name ends with the suffix. */
    static Map<String, byte[]> without(Map<String, byte[]> entries, String suffix) {
        return entries.entrySet().stream().filter(e -> !e.getKey().endsWith(suffix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The entries with one replaced. */
    static Map<String, byte[]> with(Map<String, byte[]> entries, String suffix, byte[] content) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.replaceAll((k, v) -> k.endsWith(suffix) ? content : v);
        return out;
    }

    static byte[] entry(Map<String, byte[]> entries, String suffix) {
        return entries.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).findFirst().orElseThrow().getValue();
    }

    static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    /** A copy with a little-endian int written at the offset. */
    static byte[] patchIntLe(byte[] b, int offset, int value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return c;
    }

    /** A copy with a big-endian int written at the offset. */
    static byte[] patchIntBe(byte[] b, int offset, int value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.BIG_ENDIAN).putInt(offset, value);
        return c;
    }

    /**
     * A copy of a polygon .shp (type 5) with every point, record box and the file box mapped by {@code f}
     * ({x, y} → {x', y'}): a Shapefile moved into another coordinate system, same byte layout.
     */
    static byte[] mapShpPoints(byte[] shp, java.util.function.UnaryOperator<double[]> f) {
        byte[] out = shp.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        long end = 2L * b.order(ByteOrder.BIG_ENDIAN).getInt(24);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int at = 100;
        while (at + 8 <= end) {
            int words = b.order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
            int start = at + 8;
            b.order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt(start) == 5) {
                int parts = b.getInt(start + 36);
                int points = b.getInt(start + 40);
                int first = start + 44 + 4 * parts;
                double rMinX = Double.MAX_VALUE, rMinY = Double.MAX_VALUE, rMaxX = -Double.MAX_VALUE, rMaxY = -Double.MAX_VALUE;
                for (int p = 0; p < points; p++) {
                    double[] xy = f.apply(new double[] {b.getDouble(first + 16 * p), b.getDouble(first + 16 * p + 8)});
                    b.putDouble(first + 16 * p, xy[0]).putDouble(first + 16 * p + 8, xy[1]);
                    rMinX = Math.min(rMinX, xy[0]);
                    rMinY = Math.min(rMinY, xy[1]);
                    rMaxX = Math.max(rMaxX, xy[0]);
                    rMaxY = Math.max(rMaxY, xy[1]);
                }
                b.putDouble(start + 4, rMinX).putDouble(start + 12, rMinY).putDouble(start + 20, rMaxX).putDouble(start + 28, rMaxY);
                minX = Math.min(minX, rMinX);
                minY = Math.min(minY, rMinY);
                maxX = Math.max(maxX, rMaxX);
                maxY = Math.max(maxY, rMaxY);
            }
            at = start + 2 * words;
        }
        b.order(ByteOrder.LITTLE_ENDIAN).putDouble(36, minX).putDouble(44, minY).putDouble(52, maxX).putDouble(60, maxY);
        return out;
    }
}
