package org.gridatlas.analytics.dashboard;

/** A village by requests open at the quarter's end per 1,000 households, with a point for the map. */
public record Hotspot(String code, String name, String townName, long households, long open, double lon, double lat) {

    public double openPerThousand() {
        return households == 0 ? 0 : open * 1000.0 / households;
    }
}
