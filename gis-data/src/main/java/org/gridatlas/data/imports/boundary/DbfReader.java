package org.gridatlas.data.imports.boundary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dBASE III/IV table (a Shapefile's .dbf): C, N, F, L and D fields, text decoded strictly in the given
 * charset (a byte sequence that is not valid in it is an error naming the record and field, not mojibake).
 */
final class DbfReader {

    record Field(String name, char type, int length, int decimals) {
    }

    private final String file;
    private final ByteBuffer b;
    private final Charset charset;
    private final List<Field> fields = new ArrayList<>();
    private final int records;
    private final int headerLength;
    private final int recordLength;

    DbfReader(String file, byte[] bytes, Charset charset) {
        this.file = file;
        this.charset = charset;
        if (bytes.length < 33) {
            throw new BoundaryFileException(file + "：文件过短（" + bytes.length + " 字节），不是 DBF 表 / too short for a DBF table");
        }
        b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        records = b.getInt(4);
        headerLength = Short.toUnsignedInt(b.getShort(8));
        recordLength = Short.toUnsignedInt(b.getShort(10));
        if (records < 0 || headerLength < 33 || headerLength > bytes.length || recordLength < 1) {
            throw new BoundaryFileException(file + "：DBF 表头损坏 / corrupt DBF header");
        }
        for (int at = 32; at + 32 <= headerLength && bytes[at] != 0x0D; at += 32) {
            int end = at;
            while (end < at + 11 && bytes[end] != 0) {
                end++;
            }
            String name = new String(bytes, at, end - at, charset).strip();
            fields.add(new Field(name, (char) bytes[at + 11], Byte.toUnsignedInt(bytes[at + 16]), bytes[at + 17]));
        }
        long needed = (long) headerLength + (long) records * recordLength;
        if (needed > bytes.length) {
            throw new BoundaryFileException(file + "：DBF 表被截断，表头声明 " + records + " 条记录但文件只有 "
                    + bytes.length + " 字节 / truncated DBF");
        }
    }

    List<Field> fields() {
        return fields;
    }

    int records() {
        return records;
    }

    /** The attributes of record {@code i} (0-based). */
    Map<String, Object> record(int i) {
        int at = headerLength + i * recordLength + 1;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : fields) {
            byte[] raw = new byte[f.length()];
            b.get(at, raw);
            at += f.length();
            out.put(f.name(), value(f, raw, i + 1));
        }
        return out;
    }

    private Object value(Field f, byte[] raw, int number) {
        String s;
        try {
            s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new BoundaryFileException(file + " 第 " + number + " 条记录字段 " + f.name() + "：不是有效的 " + charset.name()
                    + " 文本，请选择正确的编码（GBK/GB18030/UTF-8）/ not valid " + charset.name() + " text: choose the encoding");
        }
        s = s.replace("\0", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        return switch (f.type()) {
            case 'N', 'F' -> {
                try {
                    yield f.decimals() == 0 && !s.contains(".") ? (Object) Long.parseLong(s) : (Object) Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new BoundaryFileException(file + " 第 " + number + " 条记录字段 " + f.name() + "：「" + s
                            + "」不是数字 / not a number");
                }
            }
            case 'L' -> "TtYy".indexOf(s.charAt(0)) >= 0 ? Boolean.TRUE : "FfNn".indexOf(s.charAt(0)) >= 0 ? Boolean.FALSE : null;
            default -> s;
        };
    }
}
