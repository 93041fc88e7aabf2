package org.gridatlas.analytics.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.pack.ReviewPackService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.ScopedDataSource;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Quarterly review benchmark (run by bench/review.sh): the heat maps of one quarter for an area (hexagon bins 1 km,
 * kernel density r = 1.5 km, choropleth of coverage by village) and the review pack, median of N runs after a warm-up.
 * Args: name jdbc-url user password area quarter runs [--pack]. An area that is not a division (e.g. a prefecture
 * prefix) is benchmarked county by county and the times summed.
 */
public final class ReviewBench {

    private ReviewBench() {
    }

    public static void main(String[] args) {
        org.gridatlas.analytics.base.BenchRun.main(args, ReviewBench::bench);
    }

    private static void bench(String[] args) {
        String name = args[0];
        HikariDataSource pg = new HikariDataSource();   // pooled, as in the app
        pg.setJdbcUrl(args[1]);
        pg.setUsername(args[2]);
        pg.setPassword(args[3]);
        pg.setMaximumPoolSize(4);
        String area = args[4];
        Quarter quarter = Quarter.parse(args[5]);
        int runs = Integer.parseInt(args[6]);
        boolean pack = args.length > 7 && args[7].equals("--pack");
        DataSource ds = ScopedDataSource.fixed(pg, Scope.SYSTEM);
        try (var ctx = new AnnotationConfigApplicationContext()) {
            ctx.registerBean(DataSource.class, () -> ds);
            ctx.registerBean(NamedParameterJdbcTemplate.class, () -> new NamedParameterJdbcTemplate(ds));
            ctx.registerBean(Clock.class, Clock::systemUTC);
            ctx.scan("org.gridatlas.analytics.review", "org.gridatlas.analytics.fieldwork",
                    "org.gridatlas.analytics.dashboard");   // the pack holds the dashboard's pages
            ctx.refresh();
            Scopes.runAs(Scope.SYSTEM, () -> run(name, ctx, area, quarter, runs, pack));
        } finally {
            pg.close();
        }
    }

    private static void run(String name, AnnotationConfigApplicationContext ctx, String area, Quarter quarter, int runs,
            boolean pack) {
        ReviewQueries queries = ctx.getBean(ReviewQueries.class);
        ReviewMaps maps = ctx.getBean(ReviewMaps.class);
        List<AreaCode> areas = areas(ctx, queries, area);
        Period p = quarter.period();
        long points = areas.stream().mapToLong(a -> queries.count(a, p, PointMetric.REQUESTS)).sum();
        System.out.printf(Locale.ROOT, "%s: area %s (%d part%s), %s, %d requests%n", name, area, areas.size(),
                areas.size() == 1 ? "" : "s", quarter, points);
        System.out.println("  load average at start: " + org.gridatlas.analytics.base.BenchRun.loadAverage());
        if (points == 0) {
            throw new IllegalStateException(name + ": " + quarter + " holds no requests in area " + area
                    + "; no figure is reported for an empty result (pick a quarter with data: BENCH_QUARTER=YYYYQn)");
        }
        report(name + " hexagon bins 1 km", runs, () -> areas.stream().mapToInt(a ->
                maps.single(a, p, MapStyle.hex(PointMetric.REQUESTS, 1000, ClassMethod.NATURAL_BREAKS, 5))
                        .features().size()).sum());
        report(name + " kernel density r 1.5 km", runs, () -> areas.stream().mapToInt(a ->
                maps.single(a, p, MapStyle.density(PointMetric.REQUESTS, 1500, ClassMethod.QUANTILE, 5))
                        .features().size()).sum());
        MapStyle coverage = MapStyle.choropleth(RateMetric.COVERAGE, RateUnit.VILLAGE, ClassMethod.QUANTILE, 5);
        report(name + " choropleth coverage, cold", runs, () -> {
            ctx.getBean(org.gridatlas.analytics.fieldwork.CoverageQuery.class).forget();   // the first view of a quarter
            return areas.stream().mapToInt(a -> maps.single(a, p, coverage).features().size()).sum();
        });
        report(name + " choropleth coverage, cached", runs, () -> areas.stream().mapToInt(a ->
                maps.single(a, p, coverage).features().size()).sum());
        report(name + " choropleth completion", runs, () -> areas.stream().mapToInt(a -> maps.single(a, p,
                MapStyle.choropleth(RateMetric.COMPLETION, RateUnit.VILLAGE, ClassMethod.QUANTILE, 5))
                .features().size()).sum());
        report(name + " compare 4 quarters (hex)", runs, () -> areas.stream().mapToInt(a ->
                maps.compare(a, quarter.lastN(4).stream().map(Quarter::period).toList(),
                        MapStyle.hex(PointMetric.REQUESTS, 1000, ClassMethod.NATURAL_BREAKS, 5)).size()).sum());
        if (pack) {
            ReviewPackService packs = ctx.getBean(ReviewPackService.class);
            report(name + " review pack (PDF + archive)", Math.max(1, runs / 2), () ->
                    packs.generate(areas.getFirst(), quarter, x -> { }).pdf().length);
            report(name + " review pack, coverage cold", Math.max(1, runs / 2), () -> {
                ctx.getBean(org.gridatlas.analytics.fieldwork.CoverageQuery.class).forget();   // first pack of a quarter
                return packs.generate(areas.getFirst(), quarter, x -> { }).pdf().length;
            });
        }
        System.out.println("  load average at end: " + org.gridatlas.analytics.base.BenchRun.loadAverage());
    }

    private static List<AreaCode> areas(AnnotationConfigApplicationContext ctx, ReviewQueries queries, String area) {
        try {
            queries.area(AreaCode.of(area));
            return List.of(AreaCode.of(area));
        } catch (IllegalArgumentException notADivision) {
            NamedParameterJdbcTemplate jdbc = ctx.getBean(NamedParameterJdbcTemplate.class);
            return jdbc.queryForList("SELECT code FROM division WHERE level = 'COUNTY' AND code LIKE :a || '%' ORDER BY code",
                    new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("a", area), String.class)
                    .stream().map(AreaCode::of).toList();
        }
    }

    private static void report(String what, int runs, Supplier<Integer> work) {
        int size = work.get();   // warm-up
        if (size == 0) {
            throw new IllegalStateException(what + ": the result is empty; no figure is reported for it");
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "  %-40s median %8.1f ms  (runs %s; result size %d)%n", what, median,
                Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()), size);
    }
}
