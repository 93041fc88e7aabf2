package org.gridatlas.webapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small household ledgers for import tests. */
final class LedgerFiles {

    static final List<String> HEADERS = List.of("户编码", "村代码", "地址", "户主姓名", "身份证号", "联系电话", "户人口数", "经度", "纬度");

    private LedgerFiles() {
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("住户台账");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(String code, String village, double[] lonLat) {
        return List.of(code, village, "测试地址" + code, "李测试", "320481199001011234", "13912345678", "3",
                lonLat == null ? "" : String.format("%.7f", lonLat[0]), lonLat == null ? "" : String.format("%.7f", lonLat[1]));
    }
}
