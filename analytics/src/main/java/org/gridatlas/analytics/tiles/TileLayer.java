package org.gridatlas.analytics.tiles;

import java.util.Arrays;
import java.util.Optional;

/** The vector-tile layers served at {@code /tiles/{layer}/{z}/{x}/{y}.mvt}. */
public enum TileLayer {
    TOWNS("towns"),
    VILLAGES("villages"),
    GRID_AREAS("grid-areas"),
    GROUPS("groups"),
    HOUSEHOLDS("households");

    private final String id;

    TileLayer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TileLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
