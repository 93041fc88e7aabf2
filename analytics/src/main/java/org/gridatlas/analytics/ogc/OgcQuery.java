package org.gridatlas.analytics.ogc;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridatlas.analytics.base.SqlFile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OGC API – Features items as GeoJSON built in SQL ({@code json_build_object}, {@code ST_AsGeoJSON}). Each
 * collection's rows come from its .sql file beside this class (columns id, geom, t, props); row-level security
 * scopes every query to the user's area, so a foreign feature is simply not found.
 */
@Service
public class OgcQuery {

    private static final String TIME = "AND f.t >= :tfrom AND f.t <= :tto";
    private static final String BBOX = "AND f.geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)";
    private static final String AREA_EXTENT = """
            SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
            FROM (SELECT ST_Extent(boundary) AS e FROM division WHERE level = 'VILLAGE') x
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<OgcCollection, String> items = new EnumMap<>(OgcCollection.class);
    private final Map<OgcCollection, String> counts = new EnumMap<>(OgcCollection.class);
    private final Map<OgcCollection, String> itemsInBox = new EnumMap<>(OgcCollection.class);
    private final Map<OgcCollection, String> countsInBox = new EnumMap<>(OgcCollection.class);
    private final Map<OgcCollection, String> features = new EnumMap<>(OgcCollection.class);
    private final Map<OgcCollection, String> temporal = new EnumMap<>(OgcCollection.class);

    OgcQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String itemsSql = load("items.sql");
        String countSql = load("count.sql");
        String featureSql = load("feature.sql");
        String temporalSql = load("temporal.sql");
        for (OgcCollection c : OgcCollection.values()) {
            String source = load(c.id() + ".sql");
            String time = c.temporal() ? TIME : "";
            String i = itemsSql.replace("/*collection*/", source).replace("/*time*/", time);
            String n = countSql.replace("/*collection*/", source).replace("/*time*/", time);
            items.put(c, i.replace("/*bbox*/", ""));
            counts.put(c, n.replace("/*bbox*/", ""));
            itemsInBox.put(c, i.replace("/*bbox*/", BBOX));
            countsInBox.put(c, n.replace("/*bbox*/", BBOX));
            features.put(c, featureSql.replace("/*collection*/", source));
            temporal.put(c, temporalSql.replace("/*collection*/", source));
        }
    }

    @Transactional(readOnly = true)
    public FeaturePage items(OgcCollection c, OgcRequest r) {
        var params = new MapSqlParameterSource()
                .addValue("minx", r.minx()).addValue("miny", r.miny()).addValue("maxx", r.maxx()).addValue("maxy", r.maxy())
                .addValue("tfrom", r.from(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("tto", r.to(), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("limit", r.limit()).addValue("offset", r.offset());
        // without a bbox, features without a geometry (villages of a prison or farm) count too
        boolean box = r.hasBbox();
        Long matched = jdbc.queryForObject((box ? countsInBox : counts).get(c), params, Long.class);
        long n = matched == null ? 0 : matched;
        int returned = (int) Math.max(0, Math.min(r.limit(), n - r.offset()));
        String json = returned == 0 ? "[]" : jdbc.queryForObject((box ? itemsInBox : items).get(c), params, String.class);
        return new FeaturePage(n, returned, json);
    }

    /** One feature by id, or empty when it does not exist or lies outside the user's area. */
    @Transactional(readOnly = true)
    public Optional<FeatureJson> feature(OgcCollection c, String id) {
        Object key = id;
        if (c.numericIds()) {
            try {
                key = Long.parseLong(id);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        List<FeatureJson> rows = jdbc.query(features.get(c), Map.of("id", key), (rs, i) ->
                new FeatureJson(rs.getString(1), rs.getString(2), rs.getString(3)));
        return rows.stream().findFirst();
    }

    /**
     * The extent of a collection: the bounding box of the villages the user sees (every layer lies inside them)
     * and, for collections with a time, the first and last time.
     */
    @Transactional(readOnly = true)
    public Extent extent(OgcCollection c) {
        double[] bbox = jdbc.queryForObject(AREA_EXTENT, Map.of(), (rs, i) -> rs.getObject(1) == null ? null
                : new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
        if (!c.temporal()) {
            return new Extent(bbox, null, null);
        }
        return jdbc.queryForObject(temporal.get(c), Map.of(), (rs, i) -> new Extent(bbox,
                rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)));
    }

    private static String load(String name) {
        return SqlFile.load(OgcQuery.class, name);
    }
}
