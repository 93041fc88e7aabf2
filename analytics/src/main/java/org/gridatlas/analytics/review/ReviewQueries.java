package org.gridatlas.analytics.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.base.Ewkb;
import org.gridatlas.analytics.base.SqlFile;
import org.gridatlas.analytics.fieldwork.Coverage;
import org.gridatlas.analytics.fieldwork.CoverageLevel;
import org.gridatlas.analytics.fieldwork.CoverageQuery;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly review's map figures for an area (county, town or village) and a period: hexagon bins and kernel
 * density of requests, disputes and overdue items (in the county's Gauss–Krüger metric CRS), rates per village or grid
 * area, the oldest open items and the biggest coverage gaps. SQL in the {@code .sql} files beside this class.
 */
@Service
public class ReviewQueries {

    private static final GeometryFactory SQUARES = new GeometryFactory();

    private final NamedParameterJdbcTemplate jdbc;
    private final CoverageQuery coverage;
    private final Clock clock;
    private final String points = SqlFile.load(ReviewQueries.class, "points.sql");
    private final String hex = SqlFile.load(ReviewQueries.class, "hex-bins.sql");
    private final String xy = SqlFile.load(ReviewQueries.class, "point-xy.sql").replace("/*POINTS*/", points);
    private final String count = SqlFile.load(ReviewQueries.class, "count.sql").replace("/*POINTS*/", points);
    private final String squares = SqlFile.load(ReviewQueries.class, "squares.sql");
    private final String sridSql = SqlFile.load(ReviewQueries.class, "srid.sql");
    private final String rates = SqlFile.load(ReviewQueries.class, "rates.sql");
    private final String oldest = SqlFile.load(ReviewQueries.class, "oldest-open.sql");
    private final String gridNames = SqlFile.load(ReviewQueries.class, "grid-area-names.sql");

    private final ShortCache<AreaInfo> areas;

    ReviewQueries(NamedParameterJdbcTemplate jdbc, CoverageQuery coverage, Clock clock) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.clock = clock;
        this.areas = new ShortCache<>(Duration.ofMinutes(10), 200, clock);
    }

    /**
     * Visit coverage of the area and period, all groupings, from {@link CoverageQuery} (the one definition, which
     * also keeps recent answers while the tables are unchanged).
     */
    private List<Coverage> coverage(AreaCode area, Period period) {
        return coverage.coverage(area, period.from(), period.to());
    }

    /** The area (must be a county, town or village visible to the caller) and its metric CRS. */
    @Transactional(readOnly = true)
    public AreaInfo area(AreaCode area) {
        return areas.get(area.code(), () -> loadArea(area));
    }

    private AreaInfo loadArea(AreaCode area) {
        List<AreaInfo> found = jdbc.query(sridSql, new MapSqlParameterSource("area", area.code()),
                (rs, i) -> new AreaInfo(area.code(), rs.getInt("srid"), rs.getString("name"), rs.getString("level"),
                        rs.getDouble("xmin"), rs.getDouble("ymin"), rs.getDouble("xmax"), rs.getDouble("ymax"),
                        wkb(rs.getString("outline")), rs.getString("outline_geojson")));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("area: no county, town or village " + area.code() + " in your scope");
        }
        return found.getFirst();
    }

    /** Hexagon bins with edge {@code sizeMetres} of one metric's points. */
    @Transactional(readOnly = true)
    public List<HexCell> hexBins(AreaCode area, Period period, PointMetric metric, double sizeMetres) {
        if (sizeMetres < 50 || sizeMetres > 20_000) {
            throw new IllegalArgumentException("hexagon size must be 50 to 20000 m, got " + sizeMetres);
        }
        var p = pointParams(area, period, metric);
        List<double[]> pts = jdbc.query(xy, p, (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
        List<HexBinning.Bin> bins = HexBinning.bin(pts.stream().mapToDouble(a -> a[0]).toArray(),
                pts.stream().mapToDouble(a -> a[1]).toArray(), sizeMetres);
        if (bins.isEmpty()) {
            return List.of();
        }
        var q = new MapSqlParameterSource("srid", p.getValue("srid")).addValue("size", sizeMetres)
                .addValue("is", bins.stream().map(b -> (int) b.i()).toArray(Integer[]::new))
                .addValue("js", bins.stream().map(b -> (int) b.j()).toArray(Integer[]::new));
        List<String[]> shapes = jdbc.query(hex, q, (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        List<HexCell> out = new ArrayList<>(bins.size());
        for (int i = 0; i < bins.size(); i++) {
            HexBinning.Bin b = bins.get(i);
            out.add(new HexCell(b.i(), b.j(), b.count(), shapes.get(i)[0], wkb(shapes.get(i)[1])));
        }
        return out;
    }

    /** The quarters that hold requests or disputes in the area, oldest first (China time). */
    @Transactional(readOnly = true)
    public List<Quarter> quarters(AreaCode area) {
        List<Quarter> out = jdbc.query("""
                SELECT DISTINCT CAST(date_trunc('quarter', t) AS date) AS q FROM (
                    SELECT created_at AT TIME ZONE 'Asia/Shanghai' AS t FROM service_request WHERE village_code LIKE :area || '%'
                    UNION ALL
                    SELECT opened_at AT TIME ZONE 'Asia/Shanghai' FROM dispute WHERE village_code LIKE :area || '%'
                ) items ORDER BY q
                """, new MapSqlParameterSource("area", area.code()),
                (rs, i) -> Quarter.of(rs.getDate(1).toLocalDate()));
        return out.isEmpty() ? List.of(Quarter.of(clock.instant().atZone(Quarter.ZONE).toLocalDate())) : out;
    }

    /** The latest of {@code quarters} that has ended (the one a review is about), else the latest. */
    public Quarter latestClosed(List<Quarter> quarters) {
        java.time.Instant now = clock.instant();
        return quarters.reversed().stream().filter(q -> !q.period().to().isAfter(now)).findFirst()
                .orElse(quarters.getLast());
    }

    /** How many items of one metric the area had in the period (with or without a location). */
    @Transactional(readOnly = true)
    public long count(AreaCode area, Period period, PointMetric metric) {
        Long n = jdbc.queryForObject(count, pointParams(area, period, metric), Long.class);
        return n == null ? 0 : n;
    }

    /** Quartic kernel density (radius and raster cell in metres) of one metric's points, in points per km². */
    @Transactional(readOnly = true)
    public List<DensityCell> density(AreaCode area, Period period, PointMetric metric, double radius, double cell) {
        if (radius < 100 || radius > 20_000) {
            throw new IllegalArgumentException("density radius must be 100 to 20000 m, got " + radius);
        }
        var p = pointParams(area, period, metric);
        List<double[]> pts = jdbc.query(xy, p, (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
        double[] xs = pts.stream().mapToDouble(a -> a[0]).toArray();
        double[] ys = pts.stream().mapToDouble(a -> a[1]).toArray();
        List<KernelDensity.Cell> cells = KernelDensity.estimate(xs, ys, radius, cell);
        if (cells.isEmpty()) {
            return List.of();
        }
        var q = new MapSqlParameterSource("srid", p.getValue("srid")).addValue("cell", cell)
                .addValue("xs", cells.stream().map(KernelDensity.Cell::x).toArray(Double[]::new))
                .addValue("ys", cells.stream().map(KernelDensity.Cell::y).toArray(Double[]::new));
        List<String> shapes = jdbc.queryForList(squares, q, String.class);
        List<DensityCell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            KernelDensity.Cell c = cells.get(i);
            out.add(new DensityCell(c.perKm2(), shapes.get(i),
                    SQUARES.toGeometry(new Envelope(c.x(), c.x() + cell, c.y(), c.y() + cell))));
        }
        return out;
    }

    /** Rates per village or grid area of the area for the period (visit coverage from {@link CoverageQuery}). */
    @Transactional(readOnly = true)
    public List<UnitRates> rates(AreaCode area, Period period, RateUnit unit) {
        var p = new MapSqlParameterSource("area", area.code()).addValue("unit", unit.name())
                .addValue("srid", area(area).srid())
                .addValue("from", Timestamp.from(period.from())).addValue("to", Timestamp.from(period.to()));
        List<UnitRates> rows = jdbc.query(rates, p, (rs, i) -> new UnitRates(rs.getString("key"), rs.getString("name"),
                rs.getString("geojson"), wkb(rs.getString("wkb")), rs.getLong("households"), rs.getLong("requests"), rs.getLong("countable"),
                rs.getLong("completed"), rs.getLong("rated"), rs.getLong("satisfied"), 0, 0));
        CoverageLevel level = unit == RateUnit.VILLAGE ? CoverageLevel.VILLAGE : CoverageLevel.GRID_AREA;
        Map<String, Coverage> cov = new HashMap<>();
        for (Coverage c : coverage(area, period)) {
            if (c.level() == level) {
                cov.put(c.key(), c);
            }
        }
        return rows.stream().map(r -> {
            Coverage c = cov.get(r.key());
            return c == null ? r : r.withCoverage(c.assigned(), c.visited());
        }).toList();
    }

    /** The {@code limit} oldest requests and disputes still open now. */
    @Transactional(readOnly = true)
    public List<OpenItem> oldestOpen(AreaCode area, int limit) {
        Instant now = clock.instant();
        var p = new MapSqlParameterSource("area", area.code()).addValue("now", Timestamp.from(now))
                .addValue("limit", limit);
        return jdbc.query(oldest, p, (rs, i) -> {
            Instant opened = rs.getTimestamp("opened_at").toInstant();
            Timestamp deadline = rs.getTimestamp("deadline");
            return new OpenItem(rs.getString("kind"), rs.getString("code"), rs.getString("what"),
                    rs.getString("village"), opened, deadline == null ? null : deadline.toInstant(),
                    Duration.between(opened, now).toDays());
        });
    }

    /** The {@code limit} grid areas with the most assigned but unvisited households in the period. */
    @Transactional(readOnly = true)
    public List<CoverageGap> coverageGaps(AreaCode area, Period period, int limit) {
        Map<String, String[]> names = new HashMap<>();
        jdbc.query(gridNames, new MapSqlParameterSource("area", area.code()),
                rs -> {
                    names.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return coverage(area, period).stream()
                .filter(c -> c.level() == CoverageLevel.GRID_AREA)
                .map(c -> {
                    String[] n = names.getOrDefault(c.key(), new String[] {c.key(), ""});
                    return new CoverageGap(c.key(), n[0], n[1], c.assigned(), c.visited());
                })
                .sorted(Comparator.comparingLong(CoverageGap::gap).reversed().thenComparing(CoverageGap::key))
                .limit(limit)
                .toList();
    }

    private static Geometry wkb(String hex) {
        return hex == null ? null : Ewkb.read(hex);
    }

    private MapSqlParameterSource pointParams(AreaCode area, Period period, PointMetric metric) {
        AreaInfo info = area(area);
        return new MapSqlParameterSource("area", area.code()).addValue("metric", metric.name())
                .addValue("srid", info.srid())
                .addValue("from", Timestamp.from(period.from())).addValue("to", Timestamp.from(period.to()))
                .addValue("now", Timestamp.from(clock.instant()));
    }
}
