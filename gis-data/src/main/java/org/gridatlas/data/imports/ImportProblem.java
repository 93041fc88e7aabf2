package org.gridatlas.data.imports;

/** One problem found in a ledger: the file row (0 = the whole file), the field, what is wrong and how to fix it. */
public record ImportProblem(int row, String field, String message, String hint) {
}
