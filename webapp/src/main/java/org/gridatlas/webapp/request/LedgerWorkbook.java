package org.gridatlas.webapp.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridatlas.data.request.service.Ledger;
import org.gridatlas.data.request.service.LedgerRow;

/**
 * A 台账 as .xlsx, laid out as a town office files it: a title row over the columns, the area and period beneath,
 * bold headed columns with borders, frozen header, and a note when the row limit cut the list.
 */
public final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    public static byte[] write(Ledger ledger, String subtitle) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet sheet = wb.createSheet(ledger.title());
            int cols = ledger.headers().size();
            CellStyle title = style(wb, true, (short) 16, false);
            CellStyle header = style(wb, true, (short) 11, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = style(wb, false, (short) 10, true);
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(ledger.title());
            t.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
            Row s = sheet.createRow(1);
            s.createCell(0).setCellValue(subtitle + (ledger.truncated() ? "（仅导出前 " + ledger.rows().size() + " 条）" : ""));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, cols - 1));
            Row h = sheet.createRow(2);
            for (int c = 0; c < cols; c++) {
                h.createCell(c).setCellValue(ledger.headers().get(c));
                h.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, 256 * Math.max(8, Math.min(40, ledger.headers().get(c).length() * 3 + 4)));
            }
            sheet.createFreezePane(0, 3);
            int r = 3;
            for (LedgerRow row : ledger.rows()) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < cols; c++) {
                    x.createCell(c).setCellValue(row.cells().get(c));
                    x.getCell(c).setCellStyle(body);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(SXSSFWorkbook wb, boolean bold, short size, boolean border) {
        CellStyle st = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints(size);
        f.setFontName("宋体");
        st.setFont(f);
        if (border) {
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            st.setWrapText(true);
        } else {
            st.setAlignment(HorizontalAlignment.CENTER);
        }
        return st;
    }
}
