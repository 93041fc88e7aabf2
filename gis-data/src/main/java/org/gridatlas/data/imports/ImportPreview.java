package org.gridatlas.data.imports;

import java.util.List;

/** The validation report of a ledger: rows that would be imported, problems, and a warning about shifted points. */
public record ImportPreview(String fileName, String encoding, int rows, int valid, List<ImportProblem> problems,
                            String shiftWarning, double[] firstLocation) {

    public boolean importable() {
        return problems.isEmpty() && valid > 0;
    }
}
