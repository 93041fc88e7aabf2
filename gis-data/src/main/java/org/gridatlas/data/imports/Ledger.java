package org.gridatlas.data.imports;

import java.util.List;

/** A household ledger as read from a file: its header row and data rows (row numbers are 1-based file rows). */
public record Ledger(String fileName, String encoding, List<String> headers, List<List<String>> rows) {

    /** The file row number of data row {@code index} (the header is row 1). */
    public static int fileRow(int index) {
        return index + 2;
    }
}
