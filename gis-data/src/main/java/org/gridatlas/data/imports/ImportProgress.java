package org.gridatlas.data.imports;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The progress of one ledger import, read by the screen while the import runs on another thread: rows read, rows
 * validated and rows written (out of the rows in the file), and the user's cancel request. The import checks
 * {@link #checkCancelled()} between chunks; a cancelled import throws {@link ImportCancelledException} and its
 * transaction rolls back, so nothing is written.
 */
public final class ImportProgress {

    /** A progress nobody watches or cancels. */
    public static ImportProgress none() {
        return new ImportProgress();
    }

    private volatile long read;
    private volatile long validated;
    private volatile long written;
    private volatile long total;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public long read() {
        return read;
    }

    public long validated() {
        return validated;
    }

    public long written() {
        return written;
    }

    /** Data rows in the file (known once it is read; 0 before). */
    public long total() {
        return total;
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Starts the validation and writing of a ledger already read, of {@code rows} data rows. */
    public void started(long rows) {
        read = rows;
        total = rows;
    }

    /** Asks the running import to stop; it rolls back at its next check. */
    public void cancel() {
        cancelled.set(true);
    }

    void read(long rows) {
        read = rows;
    }

    void total(long rows) {
        total = rows;
    }

    void validated(long rows) {
        validated = rows;
    }

    void written(long rows) {
        written = rows;
    }

    /** Throws {@link ImportCancelledException} when the user cancelled. */
    public void checkCancelled() {
        if (cancelled.get()) {
            throw new ImportCancelledException();
        }
    }
}
