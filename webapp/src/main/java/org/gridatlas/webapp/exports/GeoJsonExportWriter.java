package org.gridatlas.webapp.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gridatlas.analytics.exports.ExportColumn;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.analytics.exports.ExportSink;
import org.locationtech.jts.geom.Geometry;

/** A GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude), written feature by feature. */
final class GeoJsonExportWriter implements ExportSink {

    private final Writer out;
    private List<ExportColumn> columns;
    private boolean first = true;

    GeoJsonExportWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void start(ExportLayer layer, List<ExportColumn> columns) throws IOException {
        this.columns = columns;
        out.write("{\"type\":\"FeatureCollection\",\"name\":" + Json.string(layer.id()) + ",\"features\":[\n");
    }

    @Override
    public void row(Object[] values, Geometry geometry) throws IOException {
        out.write(first ? "" : ",\n");
        first = false;
        out.write("{\"type\":\"Feature\",\"geometry\":");
        out.write(Geometries.geoJson(geometry));
        out.write(",\"properties\":{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Json.string(columns.get(i).name()));
            out.write(':');
            out.write(Json.value(values[i]));
        }
        out.write("}}");
    }

    @Override
    public void finish() throws IOException {
        out.write("\n]}\n");
        out.flush();
    }

    /** JSON literals for the value types an export carries. */
    static final class Json {
        private Json() {
        }

        static String value(Object v) {
            return switch (v) {
                case null -> "null";
                case String s -> string(s);
                default -> v.toString();
            };
        }

        static String string(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
    }
}
