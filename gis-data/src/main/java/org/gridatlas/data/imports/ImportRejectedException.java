package org.gridatlas.data.imports;

/** A commit refused because the ledger has problems; nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.fileName() + ": " + preview.problems().size() + " problem(s), nothing imported");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
