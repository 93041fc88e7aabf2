package org.gridatlas.data.imports.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reads an uploaded boundary file by its name: GeoJSON (.geojson, .json), a GeoPackage (.gpkg) or a zipped
 * Shapefile (.zip). */
public final class BoundaryFiles {

    /** The largest boundary file accepted. */
    public static final int MAX_BYTES = 200 * 1024 * 1024;

    /** What a file holds and the text encoding its attributes were read in. */
    public record Read(List<BoundaryFeature> features, String encoding) {
    }

    private BoundaryFiles() {
    }

    public static Read read(String fileName, byte[] bytes, Charset chosen) {
        String name = fileName == null ? "file" : fileName;
        if (bytes == null || bytes.length == 0) {
            throw new BoundaryFileException(name + "：文件为空 / the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BoundaryFileException(name + "：文件超过 200 MB / the file is larger than 200 MB");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ShapefileReader.Result r = ShapefileReader.read(name, bytes, chosen);
            return new Read(r.features(), r.charset().name());
        }
        if (lower.endsWith(".gpkg")) {
            return new Read(GeoPackageReader.read(name, bytes), "UTF-8");
        }
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new BoundaryFileException(name + "：GeoJSON 必须是 UTF-8 编码（RFC 7946），此文件不是 / GeoJSON must be UTF-8");
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Read(GeoJsonBoundaryReader.read(name, text), "UTF-8");
        }
        throw new BoundaryFileException(name + "：不支持的文件类型，请上传 .geojson、.gpkg 或压缩的 Shapefile（.zip）/ unsupported file type");
    }
}
