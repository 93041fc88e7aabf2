package org.gridatlas.analytics.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gridatlas.analytics.fieldwork.CoverageQuery;
import org.gridatlas.analytics.fieldwork.SettledShareQuery;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The dashboard benchmark behind {@code bench/dashboard.sh}: every query of the dashboard and meeting mode for one
 * quarter and area (as the system, no row-level filter), repeated; prints the median and maximum per query and for
 * a whole dashboard page. Not a test. Arguments: jdbcUrl user password area quarter [runs].
 */
public final class DashboardBench {

    private DashboardBench() {
    }

    public static void main(String[] args) {
        org.gridatlas.analytics.base.BenchRun.main(args, DashboardBench::bench);
    }

    private static void bench(String[] args) {
        String area = args[3];
        Quarter q = Quarter.parse(args[4]);
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        var ds = new SingleConnectionDataSource(args[0], args[1], args[2], true);
        var jdbc = new NamedParameterJdbcTemplate(ds);
        jdbc.getJdbcTemplate().queryForObject("SELECT set_config('gridatlas.view_area', '*', false)", String.class);
        try (var ctx = new AnnotationConfigApplicationContext()) {
            ctx.registerBean(NamedParameterJdbcTemplate.class, () -> jdbc);
            ctx.registerBean(Clock.class, Clock::systemUTC);
            ctx.register(CoverageQuery.class, SettledShareQuery.class, DashboardQueries.class);
            ctx.refresh();
            DashboardQueries d = ctx.getBean(DashboardQueries.class);
            if (d.categories(q, area).isEmpty()) {   // a figure for an empty quarter would measure nothing
                throw new IllegalStateException("area " + area + " holds no requests in " + q
                        + "; no figure is reported for an empty result (pass a quarter with data)");
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "dashboard bench: area %s, quarter %s, %d runs (ms: median / max); load average %s", area, q, runs,
                    org.gridatlas.analytics.base.BenchRun.loadAverage()));
            long[] page = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                d.overview(q, area);
                d.trends(q, area, 12);
                d.categories(q, area);
                d.quota(q, area);
                d.stars(q, area);
                d.hotspots(q, area, 10);
                page[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            lines.add(line("whole dashboard page", page));
            lines.add(line("overview (KPIs, ranked, gaps; coverage)", time(runs, () -> d.overview(q, area))));
            lines.add(line("trends (12 months)", time(runs, () -> d.trends(q, area, 12))));
            lines.add(line("categories", time(runs, () -> d.categories(q, area))));
            lines.add(line("quota", time(runs, () -> d.quota(q, area))));
            lines.add(line("stars", time(runs, () -> d.stars(q, area))));
            lines.add(line("hotspots", time(runs, () -> d.hotspots(q, area, 10))));
            lines.forEach(DashboardBench::print);
        }
    }

    private static long[] time(int runs, Supplier<?> work) {
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        return ms;
    }

    private static String line(String what, long[] ms) {
        long[] s = ms.clone();
        java.util.Arrays.sort(s);
        return String.format(Locale.ROOT, "%-42s %7d %7d", what, s[s.length / 2], s[s.length - 1]);
    }


    @SuppressWarnings("java:S106")
    private static void print(String line) {
        System.out.println(line);
    }
}
