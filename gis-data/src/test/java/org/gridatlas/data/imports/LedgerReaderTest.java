package org.gridatlas.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerReaderTest {

    @Test
    void a_gbk_csv_is_recognised_and_decoded() {
        byte[] gbk = "户编码,村代码,地址,户主\n1,320481106001,天目湖镇一号,王小明\n".getBytes(LedgerReader.GB18030);
        Ledger ledger = LedgerReader.read("台账.csv", gbk);
        assertThat(ledger.encoding()).isEqualTo("GB18030");
        assertThat(ledger.headers()).containsExactly("户编码", "村代码", "地址", "户主");
        assertThat(ledger.rows().getFirst()).contains("王小明");
    }

    @Test
    void a_utf8_csv_with_bom_quotes_and_crlf_is_read_as_written() {
        byte[] utf8 = "\uFEFF户编码,地址\r\n\"1\",\"天目湖镇, \"\"东\"\"村\"\r\n".getBytes(StandardCharsets.UTF_8);
        Ledger ledger = LedgerReader.read("a.csv", utf8);
        assertThat(ledger.encoding()).isEqualTo("UTF-8");
        assertThat(ledger.rows().getFirst()).containsExactly("1", "天目湖镇, \"东\"村");
    }

    @Test
    void an_xlsx_ledger_is_read_from_its_first_sheet() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("住户");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("户编码");
            h.createCell(1).setCellValue("人口");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue(3);
            book.write(out);
            Ledger ledger = LedgerReader.read("a.xlsx", out.toByteArray());
            assertThat(ledger.rows().getFirst()).containsExactly("A1", "3");
        }
    }

    @Test
    void empty_truncated_and_foreign_files_are_refused_naming_the_file() {
        assertThatThrownBy(() -> LedgerReader.read("空.csv", new byte[0])).hasMessageContaining("空.csv").hasMessageContaining("文件为空");
        assertThatThrownBy(() -> LedgerReader.read("a.pdf", new byte[] {1})).hasMessageContaining("不支持的文件类型");
        byte[] truncated = Arrays.copyOf("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), 12);
        assertThatThrownBy(() -> LedgerReader.read("坏.xlsx", truncated)).hasMessageContaining("坏.xlsx")
                .hasMessageContaining("Excel");
        assertThatThrownBy(() -> LedgerReader.read("blank.csv", "\n\n , \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("没有任何数据");
    }
}
