package org.gridatlas.data.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Rows in PostgreSQL COPY text format (tab-separated, {@code \N} for NULL, backslash escapes), buffered as UTF-8
 * bytes and handed to {@link #flush} in large chunks. Geometries are hex EWKB with SRID 4326, so coordinates keep
 * their full double precision; timestamps are written with the +08 offset.
 */
abstract class RowSink {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String POINT_PREFIX = "0101000020E6100000"; // little endian, Point with SRID, 4326
    private static final int FLUSH_AT = 1 << 20;

    private final StringBuilder row = new StringBuilder(512);
    private byte[] buffer = new byte[FLUSH_AT + (1 << 16)];
    private int used;
    private boolean first = true;
    private long rows;
    private final WKBWriter wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN, true);

    /** Starts a table; {@code columns} is a constant column list. */
    abstract void begin(String table, String columns);

    /** Receives a chunk of COPY data. */
    abstract void flush(byte[] data, int length);

    /** Ends the table; returns the rows written since {@link #begin}. */
    long end() {
        drain();
        long n = rows;
        rows = 0;
        return n;
    }

    RowSink text(String value) {
        sep();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    RowSink number(long value) {
        sep();
        row.append(value);
        return this;
    }

    RowSink number(Long value) {
        return value == null ? nil() : number(value.longValue());
    }

    RowSink real(double value) {
        sep();
        if (Double.isNaN(value)) {
            row.append("\\N");
        } else {
            row.append(value);
        }
        return this;
    }

    RowSink bool(boolean value) {
        sep();
        row.append(value ? 't' : 'f');
        return this;
    }

    RowSink nil() {
        sep();
        row.append("\\N");
        return this;
    }

    /** Epoch second as a timestamptz literal in +08. */
    RowSink time(long epochSecond) {
        sep();
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, Period.OFFSET);
        pad(t.getYear(), 4).append('-');
        pad(t.getMonthValue(), 2).append('-');
        pad(t.getDayOfMonth(), 2).append(' ');
        pad(t.getHour(), 2).append(':');
        pad(t.getMinute(), 2).append(':');
        pad(t.getSecond(), 2).append("+08");
        return this;
    }

    RowSink time(Long epochSecond) {
        return epochSecond == null ? nil() : time(epochSecond.longValue());
    }

    /** A point as hex EWKB; NULL when {@code lon} is NaN. */
    RowSink point(double lon, double lat) {
        if (Double.isNaN(lon)) {
            return nil();
        }
        sep();
        row.append(POINT_PREFIX);
        hex(Double.doubleToRawLongBits(lon));
        hex(Double.doubleToRawLongBits(lat));
        return this;
    }

    RowSink geometry(Geometry g) {
        if (g == null) {
            return nil();
        }
        g.setSRID(Geo.SRID);
        sep();
        row.append(WKBWriter.toHex(wkb.write(g)));
        return this;
    }

    void endRow() {
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > buffer.length) {
            drain();
            if (bytes.length > buffer.length) {
                buffer = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        row.setLength(0);
        first = true;
        rows++;
        if (used >= FLUSH_AT) {
            drain();
        }
    }

    private void drain() {
        if (used > 0) {
            flush(buffer, used);
            used = 0;
        }
    }

    private void sep() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    private StringBuilder pad(int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            row.append('0');
        }
        return row.append(s);
    }

    /** Little-endian hex of the 8 bytes of {@code bits}. */
    private void hex(long bits) {
        for (int i = 0; i < 8; i++) {
            int b = (int) (bits >>> (8 * i)) & 0xFF;
            row.append(HEX[b >>> 4]).append(HEX[b & 0x0F]);
        }
    }
}
