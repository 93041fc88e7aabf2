package org.gridatlas.analytics.ogc;

import java.time.OffsetDateTime;

/**
 * One items request, already validated: a WGS 84 bounding box, a closed time range (open ends as far-away
 * instants), and the page.
 */
public record OgcRequest(double minx, double miny, double maxx, double maxy,
                         OffsetDateTime from, OffsetDateTime to, int limit, long offset) {

    public static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1900-01-01T00:00:00Z");
    public static final OffsetDateTime END = OffsetDateTime.parse("9999-01-01T00:00:00Z");

    /** False for the whole world (no bbox parameter): then features without a geometry are served too. */
    public boolean hasBbox() {
        return !(minx == -180 && miny == -90 && maxx == 180 && maxy == 90);
    }
}
