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
import org.locationtech.jts.io.WKTWriter;

/**
 * CSV in UTF-8 with a byte-order mark (Excel then reads Chinese correctly), RFC 4180 quoting. Points get {@code lon}
 * and {@code lat} columns, polygons a {@code wkt} column. Cells starting with = + - @ are prefixed with ' so that
 * Excel does not run them as formulas.
 */
final class CsvExportWriter implements ExportSink {

    private final Writer out;
    private final WKTWriter wkt = new WKTWriter();
    private ExportLayer layer;

    CsvExportWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void start(ExportLayer layer, List<ExportColumn> columns) throws IOException {
        this.layer = layer;
        out.write('\uFEFF');
        StringBuilder sb = new StringBuilder();
        for (ExportColumn c : columns) {
            sb.append(c.name()).append(',');
        }
        sb.append(layer.shape() == ExportLayer.Shape.POINT ? "lon,lat" : "wkt");
        out.write(sb.append("\r\n").toString());
    }

    @Override
    public void row(Object[] values, Geometry geometry) throws IOException {
        StringBuilder sb = new StringBuilder(128);
        for (Object v : values) {
            sb.append(cell(v)).append(',');
        }
        if (layer.shape() == ExportLayer.Shape.POINT) {
            if (geometry != null) {
                sb.append(geometry.getCoordinate().x).append(',').append(geometry.getCoordinate().y);
            } else {
                sb.append(',');
            }
        } else if (geometry != null) {
            sb.append(cell(wkt.write(geometry)));
        }
        out.write(sb.append("\r\n").toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            return v.toString();
        }
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
