package org.gridatlas.analytics.ogc;

import java.time.OffsetDateTime;

/** A collection's extent: WGS 84 bounding box (null when nothing is visible) and time range (null ends when none). */
public record Extent(double[] bbox, OffsetDateTime first, OffsetDateTime last) {
}
