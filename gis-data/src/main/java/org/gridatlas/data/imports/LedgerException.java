package org.gridatlas.data.imports;

/** A file that cannot be read as a ledger at all (empty, truncated, wrong type); the message names the file. */
public class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
