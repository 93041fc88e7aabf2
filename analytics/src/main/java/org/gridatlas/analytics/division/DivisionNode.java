package org.gridatlas.analytics.division;

/** One division of the tree county → town → village, with its bounding box in lon/lat (null when it has no boundary). */
public record DivisionNode(String code, String level, String parentCode, String name, boolean holdsHouseholds,
                           long households, Bbox bbox) {

    public record Bbox(double west, double south, double east, double north) {
    }
}
