package org.gridatlas.analytics.tiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapbox Vector Tiles straight from PostGIS ({@code ST_AsMVT}); the SQL lives in .sql files beside this class.
 * Households are counted in cells below {@link #RAW_POINTS_FROM_ZOOM} so that no tile drowns in points.
 */
@Service
public class TileQuery {

    /** From this zoom on, every household is its own feature. */
    public static final int RAW_POINTS_FROM_ZOOM = 13;
    /** Cells per tile side when households are counted in cells. */
    static final int CELLS_PER_TILE_SIDE = 48;

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<TileLayer, String> sql = new EnumMap<>(TileLayer.class);
    private final String householdsClustered;

    TileQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        sql.put(TileLayer.TOWNS, load("divisions.sql"));
        sql.put(TileLayer.VILLAGES, load("divisions.sql"));
        sql.put(TileLayer.GRID_AREAS, load("grid-areas.sql"));
        sql.put(TileLayer.GROUPS, load("groups.sql"));
        sql.put(TileLayer.HOUSEHOLDS, load("households-raw.sql"));
        householdsClustered = load("households-clustered.sql");
    }

    @Transactional(readOnly = true)
    public byte[] tile(TileLayer layer, TileCoord tile, AreaCode area) {
        var params = new MapSqlParameterSource()
                .addValue("z", tile.z()).addValue("x", tile.x()).addValue("y", tile.y())
                .addValue("area", area.code())
                .addValue("layer", layer.id())
                .addValue("level", layer == TileLayer.TOWNS ? "TOWN" : "VILLAGE")
                .addValue("cell", tile.widthMetres() / CELLS_PER_TILE_SIDE);
        String query = layer == TileLayer.HOUSEHOLDS && tile.z() < RAW_POINTS_FROM_ZOOM ? householdsClustered : sql.get(layer);
        byte[] bytes = jdbc.queryForObject(query, params, byte[].class);
        return bytes == null ? new byte[0] : bytes;
    }

    private static String load(String name) {
        try (InputStream in = TileQuery.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing tile SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
