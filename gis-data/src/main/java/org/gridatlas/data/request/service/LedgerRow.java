package org.gridatlas.data.request.service;

import java.util.List;

/** One row of a 台账 (ledger), already masked, as cell texts in the order of its headers. */
public record LedgerRow(List<String> cells) {
}
