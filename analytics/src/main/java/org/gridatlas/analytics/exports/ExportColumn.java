package org.gridatlas.analytics.exports;

/**
 * One attribute column of an export: its name (at most 10 characters), its type and, for text, the most characters
 * a value may hold (from the database's varchar length; 254 when unbounded).
 */
public record ExportColumn(String name, Type type, int length) {

    /** Attribute types every format can express. Times are ISO-8601 text in Beijing time. */
    public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, TIME }
}
