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
}
