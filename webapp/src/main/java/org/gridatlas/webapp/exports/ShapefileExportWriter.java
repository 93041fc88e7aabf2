package org.gridatlas.webapp.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gridatlas.analytics.exports.ExportColumn;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.analytics.exports.ExportSink;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A zipped ESRI Shapefile written by hand (.shp, .shx, .dbf, .prj, .cpg): points (type 1) or polygons (type 5, outer
 * rings clockwise, holes counter-clockwise). The DBF is UTF-8, declared in the .cpg; field names are the export's
 * column names (at most 10 characters); text fields are as wide as the column's varchar in UTF-8 bytes (at most 254),
 * integers N(18), decimals N(20,8), booleans L, times C(32). Headers carry counts and lengths, so they are patched
 * when the last row is written; the rows themselves stream to temporary files.
 */
final class ShapefileExportWriter implements ExportSink {

    static final String PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private final OutputStream target;
    private final Path dir;
    private String name;
    private int shapeType;
    private OutputStream shp;
    private OutputStream shx;
    private DbfWriter dbf;
    private long shpWords = 50;
    private int records;
    private final Envelope box = new Envelope();

    ShapefileExportWriter(OutputStream target) throws IOException {
        this.target = target;
        this.dir = Files.createTempDirectory("ga-shp");
    }

    @Override
    public void start(ExportLayer layer, List<ExportColumn> columns) throws IOException {
        name = layer.id();
        shapeType = layer.shape() == ExportLayer.Shape.POINT ? ShpGeometry.POINT : ShpGeometry.POLYGON;
        shp = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".shp")), 1 << 16);
        shx = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".shx")), 1 << 16);
        shp.write(new byte[100]);
        shx.write(new byte[100]);
        dbf = new DbfWriter(dir.resolve(name + ".dbf"), columns);
        Files.writeString(dir.resolve(name + ".prj"), PRJ, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(name + ".cpg"), "UTF-8", StandardCharsets.US_ASCII);
    }

    @Override
    public void row(Object[] values, Geometry geometry) throws IOException {
        byte[] content = ShpGeometry.content(shapeType, geometry);
        if (geometry != null && !geometry.isEmpty()) {
            box.expandToInclude(geometry.getEnvelopeInternal());
        }
        records++;
        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        head.putInt(records).putInt(content.length / 2);
        ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        index.putInt((int) shpWords).putInt(content.length / 2);
        shp.write(head.array());
        shp.write(content);
        shx.write(index.array());
        shpWords += 4 + content.length / 2;
        dbf.row(values);
    }

    @Override
    public void finish() throws IOException {
        shp.close();
        shx.close();
        dbf.close();
        patchHeader(dir.resolve(name + ".shp"), shpWords);
        patchHeader(dir.resolve(name + ".shx"), 50 + 4L * records);
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
                zip.putNextEntry(new ZipEntry(name + ext));
                Files.copy(dir.resolve(name + ext), zip);
                zip.closeEntry();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void patchHeader(Path file, long words) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(100);
        h.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        h.putInt((int) words);
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        if (box.isNull()) {
            h.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        } else {
            h.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(h.array());
        }
    }
}
