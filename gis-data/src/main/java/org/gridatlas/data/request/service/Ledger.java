package org.gridatlas.data.request.service;

import java.util.List;

/** A 台账 ready to file: title, Chinese headers, masked rows, and whether the row limit cut it short. */
public record Ledger(String title, List<String> headers, List<LedgerRow> rows, boolean truncated) {
}
