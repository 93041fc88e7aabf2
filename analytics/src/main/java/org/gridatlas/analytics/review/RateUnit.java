package org.gridatlas.analytics.review;

/** What a choropleth colours: villages or grid areas. */
public enum RateUnit {
    VILLAGE, GRID_AREA
}
