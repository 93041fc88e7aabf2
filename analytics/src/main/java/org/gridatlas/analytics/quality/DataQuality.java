package org.gridatlas.analytics.quality;

/** Households that need fixing: outside every grid area, without coordinates, without an agent. */
public record DataQuality(long outsideGridAreas, long withoutCoordinates, long withoutAgent) {
}
