package org.gridatlas.analytics.fieldwork;

/** The groupings of visit coverage. */
public enum CoverageLevel {
    AGENT, GRID_AREA, VILLAGE, TOWN
}
