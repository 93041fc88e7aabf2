package org.gridatlas.data.imports;

/** A field of an imported table that a file column is mapped to: its label, whether required, the headings it takes. */
public interface ImportColumn {

    String name();

    String label();

    boolean required();

    /** True when a column heading names this field (case and spaces ignored). */
    boolean recognises(String heading);
}
