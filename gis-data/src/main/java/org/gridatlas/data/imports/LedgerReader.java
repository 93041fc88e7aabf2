package org.gridatlas.data.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads household ledgers: CSV in UTF-8 or GBK/GB18030 (detected), Excel .xlsx and .xls (first sheet). */
public final class LedgerReader {

    /** The largest ledger accepted in one import. */
    public static final int MAX_ROWS = 300_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    private LedgerReader() {
    }

    public static Ledger read(String fileName, byte[] bytes) {
        return read(fileName, bytes, ImportProgress.none());
    }

    /** Reads the ledger, reporting rows read to {@code progress} and stopping when it is cancelled. */
    public static Ledger read(String fileName, byte[] bytes, ImportProgress progress) {
        Ledger ledger = parse(fileName, bytes, progress);
        progress.read(ledger.rows().size());
        progress.total(ledger.rows().size());
        return ledger;
    }

    private static Ledger parse(String fileName, byte[] bytes, ImportProgress progress) {
        if (bytes == null || bytes.length == 0) {
            throw new LedgerException(fileName + "：文件为空 / the file is empty");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(fileName, bytes, progress);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return excel(fileName, bytes, progress);
        }
        throw new LedgerException(fileName + "：不支持的文件类型，请上传 .xlsx、.xls 或 .csv / unsupported file type");
    }

    private static Ledger csv(String fileName, byte[] bytes, ImportProgress progress) {
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            encoding = "GB18030";
            text = new String(bytes, GB18030);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> all = CsvParser.parse(text, progress);
        return toLedger(fileName, encoding, all);
    }

    private static Ledger excel(String fileName, byte[] bytes, ImportProgress progress) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new LedgerException(fileName + "：工作簿中没有工作表 / the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> all = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                if (all.size() > MAX_ROWS + 1) {
                    break;
                }
                if (all.size() % 1000 == 0) {
                    progress.read(all.size());
                    progress.checkCancelled();
                }
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), width);
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                if (all.isEmpty()) {
                    width = cells.size();
                }
                all.add(cells);
            }
            return toLedger(fileName, "Excel", all);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            if (e instanceof ImportCancelledException ce) {
                throw ce;
            }
            throw new LedgerException(fileName + "：无法读取为 Excel 文件（文件损坏或不完整）/ not a readable Excel file", e);
        }
    }

    private static Ledger toLedger(String fileName, String encoding, List<List<String>> all) {
        List<List<String>> nonBlank = all.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (nonBlank.isEmpty()) {
            throw new LedgerException(fileName + "：没有任何数据 / the file holds no rows");
        }
        if (nonBlank.size() - 1 > MAX_ROWS) {
            throw new LedgerException(fileName + "：超过 " + MAX_ROWS + " 行，请分批导入 / more than " + MAX_ROWS + " rows");
        }
        List<String> headers = nonBlank.getFirst().stream().map(String::strip).toList();
        return new Ledger(fileName, encoding, headers, nonBlank.subList(1, nonBlank.size()));
    }
}
