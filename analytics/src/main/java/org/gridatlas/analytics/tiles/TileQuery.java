package org.gridatlas.analytics.tiles;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridatlas.analytics.base.SqlFile;
import org.gridatlas.analytics.base.AreaCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapbox Vector Tiles straight from PostGIS ({@code ST_AsMVT}); the SQL lives in .sql files beside this class.
 * Point layers are counted in cells below their {@link TileLayer#rawFromZoom()} so that no tile drowns in points.
 */
@Service
public class TileQuery {

    /** From this zoom on, every household is its own feature. */
    public static final int RAW_POINTS_FROM_ZOOM = 13;
    /** Cells per tile side when points are counted in cells (at most 48 × 48 features per tile). */
    static final int CELLS_PER_TILE_SIDE = 48;
    /** The levels of V040/V041's pre-counted cells (48 per tile side of that zoom). */
    static final int CELL_LEVEL_MIN = 8;
    static final int CELL_LEVEL_MAX = 12;
    private static final java.time.LocalDate OPEN_START = java.time.LocalDate.of(1900, 1, 1);
    private static final java.time.LocalDate OPEN_END = java.time.LocalDate.of(9999, 1, 1);
    /**
     * At raw zoom a tile with more points than this answers counts in cells instead: a raw household costs about
     * 70 bytes in a tile, so 5,000 of them stay well inside the 500 KB budget of a tile.
     */
    public static final int MAX_RAW_FEATURES = 5_000;

    /**
     * Visits are millions a year (3.5 million in the Liyang demo, a million in one z12 tile), so without a time
     * range the visits layer shows the most recent week of visits in the user's area (the last 7 days up to the
     * latest visit); a {@code from} or {@code to} parameter replaces this default.
     */
    public static final int DEFAULT_VISIT_DAYS = 7;

    /** The latest visit up to now: a visit dated later (a phone with a wrong clock) must not move the map's week. */
    private static final String LATEST_VISIT_SQL = "SELECT max(visited_at) FROM visit WHERE visited_at <= :now";
    private static final String VERSION_SQL =
            "SELECT coalesce(sum(version), 0) FROM layer_version WHERE table_name IN (:tables)";

    private static final String RAW_TAIL = load("raw-tail.sql");
    /** Layers whose dense z13 tiles read pre-counted cells instead of every point (see households-raw.sql). */
    private static final java.util.Set<TileLayer> DENSE_FROM_CELLS = java.util.EnumSet.of(TileLayer.HOUSEHOLDS, TileLayer.VISITS);
    private static final Pattern CELL_COLUMNS = Pattern.compile("(?m)^-- cell columns:(.*)$");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Map<TileLayer, String> raw = new EnumMap<>(TileLayer.class);
    private final Map<TileLayer, String> clustered = new EnumMap<>(TileLayer.class);

    TileQuery(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (TileLayer layer : TileLayer.values()) {
            switch (layer) {
                case TOWNS, VILLAGES -> raw.put(layer, load("divisions.sql"));
                case GRID_AREAS, GROUPS -> raw.put(layer, load(layer.id() + ".sql"));
                default -> {
                    raw.put(layer, withRawTail(layer, load(layer.id() + "-raw.sql")));
                    clustered.put(layer, load(layer.id() + "-clustered.sql"));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public byte[] tile(TileLayer layer, TileCoord tile, AreaCode area) {
        return tile(layer, tile, area, TileFilter.NONE);
    }

    @Transactional(readOnly = true)
    public byte[] tile(TileLayer layer, TileCoord tile, AreaCode area, TileFilter filter) {
        filter = withDefaults(layer, filter);
        byte[] bytes = jdbc.queryForObject(sql(layer, tile, filter), params(layer, tile, area, filter, clock), byte[].class);
        return bytes == null ? new byte[0] : bytes;
    }

    /**
     * The data version of a layer: the sum of its source tables' counters (V030), which grows with every write.
     * Combined with the user's area, the tile address and the filters it makes the tile's ETag.
     */
    @Transactional(readOnly = true)
    public long version(TileLayer layer) {
        Long v = jdbc.queryForObject(VERSION_SQL, Map.of("tables", layer.tables()), Long.class);
        return v == null ? 0 : v;
    }

    /** The filter a layer really applies: for visits without a time range, the week of the latest visit up to now. */
    @Transactional(readOnly = true)
    public TileFilter withDefaults(TileLayer layer, TileFilter filter) {
        if (layer != TileLayer.VISITS || filter.from() != null || filter.to() != null) {
            return filter;
        }
        OffsetDateTime latest = jdbc.queryForObject(LATEST_VISIT_SQL,
                new MapSqlParameterSource().addValue("now", OffsetDateTime.now(clock), Types.TIMESTAMP_WITH_TIMEZONE),
                OffsetDateTime.class);
        if (latest == null) {
            return filter;
        }
        java.time.LocalDate last = latest.atZoneSameInstant(TileFilter.ZONE).toLocalDate();
        return new TileFilter(last.minusDays(DEFAULT_VISIT_DAYS - 1L), null, filter.status(), filter.category(),
                filter.caseType(), filter.agent());
    }

    /**
     * The SQL text that answers one tile (also for the benchmark, which runs it without the HTTP stack). Below the
     * raw zoom, households and visits read V040's pre-counted cells; the visits of one agent (cells do not split by
     * agent) and a narrowed user's own points (V090) are counted from the points themselves in the same SQL.
     */
    public String sql(TileLayer layer, TileCoord tile, TileFilter filter) {
        if (!layer.isPoints() || tile.z() >= layer.rawFromZoom()) {
            return raw.get(layer);
        }
        return clustered.get(layer);
    }

    /** The level of V040/V041's cells a tile of zoom z reads: its own zoom, within 8..12. */
    static int cellLevel(int z) {
        return Math.min(Math.max(z, CELL_LEVEL_MIN), CELL_LEVEL_MAX);
    }

    /** The bind parameters of {@link #sql}; {@code now} comes from the clock, never from the database. */
    public static MapSqlParameterSource params(TileLayer layer, TileCoord tile, AreaCode area, TileFilter filter, Clock clock) {
        int lvl = cellLevel(tile.z());
        int shift = Math.max(0, lvl - tile.z());
        long south = (1L << tile.z()) - 1 - tile.y();   // cells count rows from the south, tiles from the north
        return new MapSqlParameterSource()
                .addValue("lvl", lvl).addValue("shift", shift)
                .addValue("cx0", (int) ((long) CELLS_PER_TILE_SIDE * tile.x() << shift))
                .addValue("cx1", (int) ((long) CELLS_PER_TILE_SIDE * (tile.x() + 1) << shift))
                .addValue("cy0", (int) (CELLS_PER_TILE_SIDE * south << shift))
                .addValue("cy1", (int) (CELLS_PER_TILE_SIDE * (south + 1) << shift))
                .addValue("fromDay", filter.from() == null ? OPEN_START : filter.from(), Types.DATE)
                .addValue("toDay", filter.to() == null ? OPEN_END : filter.to().plusDays(1), Types.DATE)
                .addValue("z", tile.z()).addValue("x", tile.x()).addValue("y", tile.y())
                .addValue("area", area.code())
                .addValue("layer", layer.id())
                .addValue("level", layer == TileLayer.TOWNS ? "TOWN" : "VILLAGE")
                .addValue("cell", tile.widthMetres() / CELLS_PER_TILE_SIDE)
                .addValue("maxFeatures", MAX_RAW_FEATURES)
                .addValue("now", OffsetDateTime.now(clock), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("from", filter.fromInstant(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("to", filter.toInstantExclusive(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("status", filter.status(), Types.VARCHAR)
                .addValue("category", filter.category(), Types.VARCHAR)
                .addValue("caseType", filter.caseType(), Types.VARCHAR)
                .addValue("agent", filter.agent(), Types.BIGINT);
    }

    /**
     * A point layer's street-zoom SQL: its own points (the CTE pts of {@code <layer>-raw.sql}) and the shared end
     * (raw-tail.sql) that makes them a tile, or counts in cells when they are too many. A layer adds cell columns
     * with a line {@code -- cell columns: , <expression> AS <name>} in its file.
     */
    static String withRawTail(TileLayer layer, String points) {
        Matcher m = CELL_COLUMNS.matcher(points);
        String cells = m.find() ? " " + m.group(1).strip() : "";
        String tail = RAW_TAIL.replace("${layer}", layer.id()).replace("${cells}", cells);
        if (!DENSE_FROM_CELLS.contains(layer)) {
            return points + tail;
        }
        // the layer's points define a CTE "dense" (yes: read the level-12 cells of <layer>-dense.sql instead)
        return points + "SELECT CASE WHEN (SELECT yes FROM dense) THEN (\n" + load(layer.id() + "-dense.sql")
                + ") ELSE (\n" + tail + ") END";
    }

    private static String load(String name) {
        return SqlFile.load(TileQuery.class, name);
    }
}
