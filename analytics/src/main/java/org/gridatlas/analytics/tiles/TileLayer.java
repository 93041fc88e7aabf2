package org.gridatlas.analytics.tiles;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The vector-tile layers served at {@code /tiles/{layer}/{z}/{x}/{y}.mvt}: the tables each one reads (their data
 * versions make the ETag) and, for point layers, the zoom from which every row is its own feature.
 */
public enum TileLayer {
    TOWNS("towns", 0, "division"),
    VILLAGES("villages", 0, "division"),
    GRID_AREAS("grid-areas", 0, "grid_area"),
    GROUPS("groups", 0, "village_group"),
    HOUSEHOLDS("households", 13, "household"),
    AGENTS("agents", 13, "person", "agent_link", "liaison_link"),
    POSTS("posts", 13, "service_post"),
    REQUESTS("requests", 13, "service_request", "request_item"),
    DISPUTES("disputes", 13, "dispute"),
    VISITS("visits", 13, "visit");

    private final String id;
    private final int rawFromZoom;
    private final List<String> tables;

    TileLayer(String id, int rawFromZoom, String... tables) {
        this.id = id;
        this.rawFromZoom = rawFromZoom;
        this.tables = List.of(tables);
    }

    public String id() {
        return id;
    }

    /** The source tables whose data versions decide when this layer's tiles change. */
    public List<String> tables() {
        return tables;
    }

    /** True for point layers, which are counted in cells below {@link #rawFromZoom()}. */
    public boolean isPoints() {
        return rawFromZoom > 0;
    }

    /** From this zoom on every row is its own feature; below it points are counted in cells. */
    public int rawFromZoom() {
        return rawFromZoom;
    }

    /** True when the tile's content also depends on the clock (overdue requests). */
    public boolean dependsOnTime() {
        return this == REQUESTS;
    }

    public static Optional<TileLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    /** The layer ids, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(TileLayer::id).collect(Collectors.joining(", "));
    }
}
