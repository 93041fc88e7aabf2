package org.gridatlas.analytics.base;

import java.util.regex.Pattern;

/**
 * A division code used as an area filter: 2 to 12 digits (province, city, county, town, village).
 * A lower level's code starts with its parent's, so "in this area" is a prefix test on any code column.
 * {@link #ALL} (the empty prefix) is every division in the database.
 */
public record AreaCode(String code) {

    public static final AreaCode ALL = new AreaCode("");

    private static final Pattern DIGITS = Pattern.compile("\\d{2,12}");

    public AreaCode {
        if (code == null || !(code.isEmpty() || DIGITS.matcher(code).matches())) {
            throw new IllegalArgumentException("area must be a division code of 2 to 12 digits, got: " + safe(code));
        }
    }

    /** Parses a user-supplied area; null or blank means {@link #ALL}. */
    public static AreaCode of(String code) {
        return code == null || code.isBlank() ? ALL : new AreaCode(code.strip());
    }

    private static String safe(String s) {
        if (s == null) {
            return "nothing";
        }
        String cut = s.length() > 24 ? s.substring(0, 24) + "…" : s;
        return cut.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
    }
}
