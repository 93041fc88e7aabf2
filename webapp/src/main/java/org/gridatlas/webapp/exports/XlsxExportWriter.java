package org.gridatlas.webapp.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridatlas.analytics.exports.ExportColumn;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.analytics.exports.ExportSink;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * Excel through POI's streaming SXSSF: only {@value #WINDOW} rows are in memory, the rest is flushed to a temporary
 * file. Points get lon/lat columns, polygons a WKT column (a polygon longer than Excel's 32,767-character cell limit
 * is left out with a note: take GeoPackage or Shapefile for boundaries).
 */
final class XlsxExportWriter implements ExportSink {

    static final int WINDOW = 500;
    static final int MAX_CELL = 32_767;
    static final int MAX_ROWS = 1_048_575;

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final WKTWriter wkt = new WKTWriter();
    private SXSSFSheet sheet;
    private ExportLayer layer;
    private int next = 1;

    XlsxExportWriter(OutputStream out) {
        this.out = out;
        book.setCompressTempFiles(true);
    }

    @Override
    public void start(ExportLayer layer, List<ExportColumn> columns) {
        this.layer = layer;
        sheet = book.createSheet(layer.title());
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        int c = 0;
        for (ExportColumn col : columns) {
            header.createCell(c++).setCellValue(col.name());
        }
        if (layer.shape() == ExportLayer.Shape.POINT) {
            header.createCell(c++).setCellValue("lon");
            header.createCell(c).setCellValue("lat");
        } else {
            header.createCell(c).setCellValue("wkt");
        }
        header.forEach(cell -> cell.setCellStyle(bold));
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(Object[] values, Geometry geometry) throws IOException {
        if (next > MAX_ROWS) {
            throw new IOException("more than " + MAX_ROWS + " rows do not fit one Excel sheet: export CSV instead");
        }
        Row row = sheet.createRow(next++);
        int c = 0;
        for (Object v : values) {
            var cell = row.createCell(c++);
            switch (v) {
                case null -> { }
                case Long l -> cell.setCellValue(l);
                case Double d -> cell.setCellValue(d);
                case Boolean b -> cell.setCellValue(b);
                default -> cell.setCellValue(v.toString());
            }
        }
        if (geometry == null) {
            return;
        }
        if (layer.shape() == ExportLayer.Shape.POINT) {
            row.createCell(c++).setCellValue(geometry.getCoordinate().x);
            row.createCell(c).setCellValue(geometry.getCoordinate().y);
        } else {
            String text = wkt.write(geometry);
            row.createCell(c).setCellValue(text.length() <= MAX_CELL ? text : "(边界过长，请导出 GeoPackage 或 Shapefile)");
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            book.write(out);
            out.flush();
        } finally {
            book.close();
        }
    }
}
