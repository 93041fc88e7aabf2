package org.gridatlas.data.imports;

/** The user cancelled a running import; its transaction rolls back and nothing is written. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("导入已取消，未写入任何数据 / import cancelled, nothing was written");
    }
}
