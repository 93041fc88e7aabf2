package org.gridatlas.analytics.fieldwork;

/**
 * Visit coverage of one agent (key = person id), grid area (id), village (12-digit code) or town (9-digit code):
 * distinct households visited in the period ÷ households assigned to it in the period.
 */
public record Coverage(CoverageLevel level, String key, long assigned, long visited) {

    /** visited ÷ assigned, 0 when nothing was assigned. */
    public double rate() {
        return assigned == 0 ? 0 : (double) visited / assigned;
    }
}
