package org.gridatlas.webapp.exports;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gridatlas.analytics.exports.ExportColumn;

/** A dBASE III table in UTF-8 (the .cpg says so); text cut at a character boundary when wider than its field. */
final class DbfWriter implements Closeable {

    private final Path file;
    private final OutputStream out;
    private final List<ExportColumn> columns;
    private final int[] widths;
    private final int recordLength;
    private int records;

    DbfWriter(Path file, List<ExportColumn> columns) throws IOException {
        this.file = file;
        this.columns = columns;
        this.widths = new int[columns.size()];
        int length = 1;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
            length += widths[i];
        }
        this.recordLength = length;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(header(0));
    }

    static int width(ExportColumn c) {
        return switch (c.type()) {
            case TEXT -> Math.min(254, Math.max(1, c.length() * 3));
            case INTEGER -> 18;
            case DECIMAL -> 20;
            case BOOLEAN -> 1;
            case TIME -> 32;
        };
    }

    void row(Object[] values) throws IOException {
        byte[] rec = new byte[recordLength];
        Arrays.fill(rec, (byte) ' ');
        int at = 1;
        for (int i = 0; i < values.length; i++) {
            byte[] field = field(columns.get(i), values[i], widths[i]);
            System.arraycopy(field, 0, rec, at, field.length);
            at += widths[i];
        }
        out.write(rec);
        records++;
    }

    private static byte[] field(ExportColumn c, Object v, int width) {
        if (v == null) {
            return c.type() == ExportColumn.Type.BOOLEAN ? new byte[] {'?'} : new byte[0];
        }
        return switch (c.type()) {
            case BOOLEAN -> new byte[] {(byte) ((Boolean) v ? 'T' : 'F')};
            case INTEGER -> rightAligned(v.toString(), width);
            case DECIMAL -> rightAligned(String.format(Locale.ROOT, "%.8f", (Double) v), width);
            default -> cut(v.toString(), width);
        };
    }

    private static byte[] rightAligned(String s, int width) {
        String padded = " ".repeat(Math.max(0, width - s.length())) + s;
        return padded.substring(Math.max(0, padded.length() - width)).getBytes(StandardCharsets.US_ASCII);
    }

    /** UTF-8 bytes of s, at most width, never splitting a character. */
    static byte[] cut(String s, int width) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= width) {
            return b;
        }
        int end = width;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }

    private byte[] header(int count) {
        int headerLength = 32 + 32 * columns.size() + 1;
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.of(2026, 1, 1);
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        h.putInt(count).putShort((short) headerLength).putShort((short) recordLength);
        h.position(29);
        h.put((byte) 0x00);
        h.position(32);
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn c = columns.get(i);
            byte[] name = Arrays.copyOf(c.name().getBytes(StandardCharsets.US_ASCII), 11);
            name[10] = 0;
            h.put(name);
            h.put((byte) switch (c.type()) {
                case INTEGER, DECIMAL -> 'N';
                case BOOLEAN -> 'L';
                default -> 'C';
            });
            h.putInt(0);
            h.put((byte) widths[i]).put((byte) (c.type() == ExportColumn.Type.DECIMAL ? 8 : 0));
            h.put(new byte[14]);
        }
        h.put((byte) 0x0D);
        return h.array();
    }

    @Override
    public void close() throws IOException {
        out.write(0x1A);
        out.close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(header(records));
        }
    }
}
