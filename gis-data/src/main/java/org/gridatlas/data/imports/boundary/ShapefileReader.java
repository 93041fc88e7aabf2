package org.gridatlas.data.imports.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads a zipped ESRI Shapefile (.shp + .dbf required, .shx ignored, .prj and .cpg read): point and polygon shapes
 * (types 1, 5 and their Z/M variants, taking x and y), polygons grouped into outer rings (clockwise) with their holes.
 * A .prj declaring a CGCS2000 Gauss-Krüger zone is converted to longitude/latitude ({@link GaussKruger#fromPrj});
 * any other projected .prj is refused.
 * The DBF charset comes from the caller's choice, else the .cpg, else GBK (the usual for Chinese Shapefiles without
 * a .cpg). Every problem names the file and, when known, the feature.
 */
public final class ShapefileReader {

    /** Zip entries larger than this are refused (a zip bomb or a file that is not a county's boundaries). */
    public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private static final GeometryFactory GEO = new GeometryFactory(new PrecisionModel(), 4326);

    /** What a zipped Shapefile holds: its features, the charset its DBF was read in and its .prj text (or null). */
    public record Result(String name, List<BoundaryFeature> features, Charset charset, String prj) {
    }

    private ShapefileReader() {
    }

    public static Result read(String fileName, byte[] zip, Charset chosen) {
        Map<String, byte[]> entries = unzip(fileName, zip);
        String base = entries.keySet().stream().filter(n -> n.endsWith(".shp")).findFirst()
                .map(n -> n.substring(0, n.length() - 4))
                .orElseThrow(() -> new BoundaryFileException(fileName + "：压缩包里没有 .shp 文件 / the zip holds no .shp file"));
        byte[] shp = entries.get(base + ".shp");
        byte[] dbf = entries.get(base + ".dbf");
        if (dbf == null) {
            throw new BoundaryFileException(fileName + "：缺少 " + base + ".dbf（属性表）/ the zip lacks " + base + ".dbf");
        }
        Charset charset = chosen != null ? chosen : cpg(fileName, entries.get(base + ".cpg"));
        byte[] prjBytes = entries.get(base + ".prj");
        String prj = prjBytes == null ? null : new String(prjBytes, StandardCharsets.US_ASCII).strip();
        DbfReader table = new DbfReader(base + ".dbf", dbf, charset);
        List<Geometry> shapes = shapes(base + ".shp", shp);
        if (shapes.size() != table.records()) {
            throw new BoundaryFileException(fileName + "：" + base + ".shp 有 " + shapes.size() + " 个图形而 " + base + ".dbf 有 "
                    + table.records() + " 条记录 / shape and record counts differ");
        }
        GaussKruger zone = GaussKruger.fromPrj(fileName + " " + base + ".prj", prj);
        List<BoundaryFeature> features = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            Geometry g = shapes.get(i);
            if (zone != null) {
                zone.unproject(g, fileName + " 第 " + (i + 1) + " 个图形");
            }
            features.add(new BoundaryFeature(i + 1, table.record(i), g));
        }
        return new Result(base, features, charset, prj);
    }

    private static Charset cpg(String fileName, byte[] cpg) {
        if (cpg == null) {
            return Charset.forName("GBK");
        }
        String name = new String(cpg, StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
        if (name.equals("936") || name.equals("CP936")) {
            return Charset.forName("GBK");
        }
        if (name.equals("65001") || name.equals("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BoundaryFileException(fileName + "：.cpg 声明了未知编码「" + name + "」，请手动选择编码 / unknown .cpg encoding");
        }
    }

    private static Map<String, byte[]> unzip(String fileName, byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw new BoundaryFileException(fileName + "：文件为空 / the file is empty");
        }
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                int dot = name.lastIndexOf('.');
                String key = dot < 0 ? name : name.substring(0, dot) + name.substring(dot).toLowerCase(Locale.ROOT);
                byte[] bytes = in.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw new BoundaryFileException(fileName + "：" + name + " 超过 512 MB / entry too large");
                }
                out.put(key, bytes);
            }
        } catch (ZipException e) {
            throw new BoundaryFileException(fileName + "：不是有效的 zip 压缩包或已损坏（" + e.getMessage() + "）/ not a valid zip", e);
        } catch (IOException e) {
            throw new BoundaryFileException(fileName + "：zip 压缩包被截断或损坏 / truncated zip", e);
        }
        if (out.isEmpty()) {
            throw new BoundaryFileException(fileName + "：不是 zip 压缩包或压缩包为空 / not a zip or an empty zip");
        }
        return out;
    }

    static List<Geometry> shapes(String file, byte[] shp) {
        if (shp.length < 100) {
            throw new BoundaryFileException(file + "：文件过短，不是 Shapefile / too short for a Shapefile");
        }
        ByteBuffer b = ByteBuffer.wrap(shp);
        if (b.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            throw new BoundaryFileException(file + "：文件头不是 Shapefile（9994）/ not a Shapefile header");
        }
        long declared = 2L * b.getInt(24);
        if (declared > shp.length) {
            throw new BoundaryFileException(file + "：文件被截断，表头声明 " + declared + " 字节而实际 " + shp.length + " 字节 / truncated .shp");
        }
        List<Geometry> out = new ArrayList<>();
        int at = 100;
        while (at + 8 <= declared) {
            int words = b.order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
            int start = at + 8;
            int end = start + 2 * words;
            if (words < 2 || end > declared) {
                throw new BoundaryFileException(file + " 第 " + (out.size() + 1) + " 个图形：记录长度越界 / record runs past the file");
            }
            out.add(shape(file, b.order(ByteOrder.LITTLE_ENDIAN), start, end, out.size() + 1));
            at = end;
        }
        return out;
    }

    private static Geometry shape(String file, ByteBuffer b, int start, int end, int number) {
        int type = b.getInt(start);
        String where = file + " 第 " + number + " 个图形";
        switch (type) {
            case 0:
                return null;
            case 1, 11, 21:
                return GEO.createPoint(new Coordinate(b.getDouble(start + 4), b.getDouble(start + 12)));
            case 5, 15, 25: {
                int parts = b.getInt(start + 36);
                int points = b.getInt(start + 40);
                int first = start + 44 + 4 * parts;
                if (parts < 1 || points < 4 || first + 16L * points > end) {
                    throw new BoundaryFileException(where + "：多边形的环或点数不对 / bad ring or point count");
                }
                List<LinearRing> shells = new ArrayList<>();
                List<List<LinearRing>> holes = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    int from = b.getInt(start + 44 + 4 * p);
                    int to = p + 1 < parts ? b.getInt(start + 44 + 4 * (p + 1)) : points;
                    if (from < 0 || to > points || to - from < 4) {
                        throw new BoundaryFileException(where + "：第 " + (p + 1) + " 个环少于 4 个点 / ring with fewer than 4 points");
                    }
                    Coordinate[] cs = new Coordinate[to - from];
                    for (int i = from; i < to; i++) {
                        cs[i - from] = new Coordinate(b.getDouble(first + 16 * i), b.getDouble(first + 16 * i + 8));
                    }
                    if (!cs[0].equals2D(cs[cs.length - 1])) {
                        throw new BoundaryFileException(where + "：第 " + (p + 1) + " 个环未闭合 / ring not closed");
                    }
                    LinearRing ring = GEO.createLinearRing(cs);
                    if (!Orientation.isCCW(cs) || shells.isEmpty()) {
                        shells.add(ring);
                        holes.add(new ArrayList<>());
                    } else {
                        holes.get(holes.size() - 1).add(ring);
                    }
                }
                Polygon[] polygons = new Polygon[shells.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = GEO.createPolygon(shells.get(i), holes.get(i).toArray(LinearRing[]::new));
                }
                return GEO.createMultiPolygon(polygons);
            }
            default:
                throw new BoundaryFileException(where + "：不支持的图形类型 " + type + "（只支持点和面）/ unsupported shape type");
        }
    }
}
