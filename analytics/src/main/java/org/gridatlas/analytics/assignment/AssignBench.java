package org.gridatlas.analytics.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.ScopedDataSource;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.demo.DemoLoader;
import org.gridatlas.data.demo.DemoProfile;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code ./gridatlas bench assign}: auto-balances all households of the Dayao profile (every grid area) and prints
 * the time and the quality against the greedy baseline, median of several runs. Usage:
 * {@code AssignBench <jdbc-url> <user> <password> [runs]}; an empty database is migrated and loaded with Dayao.
 */
public final class AssignBench {

    private static final int DAYAO_HOUSEHOLDS = 24_000;
    /** A slack wide enough that the band is just the rule. */
    private static final int UNBOUNDED = 1_000_000;

    private AssignBench() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(args[0]);
        pg.setUser(args[1]);
        pg.setPassword(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        DataSource ds = ScopedDataSource.fixed(pg, Scope.SYSTEM);
        Scopes.runAs(Scope.SYSTEM, () -> run(ds, runs));
    }

    private static void run(DataSource ds, int runs) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        var dsl = DSL.using(ds, SQLDialect.POSTGRES);
        long households = dsl.fetchOne("SELECT count(*) FROM household").get(0, Long.class);
        if (households == 0) {
            out("loading the Dayao demo profile (empty database)…");
            new DemoLoader(ds, Clock.systemUTC()).loadIfEmpty(DemoProfile.DAYAO, DemoLoader.DEFAULT_SEED, line -> { });
            households = dsl.fetchOne("SELECT count(*) FROM household").get(0, Long.class);
        }
        if (households != DAYAO_HOUSEHOLDS) {
            throw new IllegalStateException("not the Dayao profile: " + households + " households (expected "
                    + DAYAO_HOUSEHOLDS + "); point the benchmark at an empty database or a Dayao one");
        }
        AreaAssignmentQuery query = new AreaAssignmentQuery(dsl);
        CapacityRules rules = CapacityRules.SEED;
        long[] total = new long[runs];
        long[] loadMs = new long[runs];
        long[] solveMs = new long[runs];
        long[] greedyMs = new long[runs];
        List<AreaData> areas = List.of();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            areas = query.load("", null);
            long t1 = System.nanoTime();
            List<int[]> solved = new ArrayList<>();
            for (AreaData a : areas) {
                solved.add(MinCostFlowBalancer.solve(a.problem(rules.liaisonMinHouseholds(),
                        rules.liaisonMaxHouseholds(), 0)));
            }
            long t2 = System.nanoTime();
            for (AreaData a : areas) {
                GreedyBalancer.solve(a.problem(rules.liaisonMinHouseholds(), rules.liaisonMaxHouseholds(), 0));
            }
            long t3 = System.nanoTime();
            loadMs[r] = (t1 - t0) / 1_000_000;
            solveMs[r] = (t2 - t1) / 1_000_000;
            total[r] = loadMs[r] + solveMs[r];
            greedyMs[r] = (t3 - t2) / 1_000_000;
        }
        BalancePreview free = AutoBalance.balance(areas, rules, 0);
        BalancePreview sticky = AutoBalance.balance(areas, rules, AutoBalance.KEEP_LINKS_PENALTY);
        int n = free.rows().size();
        out(String.format(Locale.ROOT, "Dayao: %d households, %d grid areas, %d liaisons; %d runs", n, areas.size(),
                areas.stream().mapToInt(a -> a.liaisons().size()).sum(), runs));
        out(String.format(Locale.ROOT, "auto-balance total (load + min-cost flow), median: %d ms  [load %d ms, solve %d ms;"
                + " greedy solve %d ms]  target <= 10000 ms", median(total), median(loadMs), median(solveMs),
                median(greedyMs)));
        out("                      spread  stddev  mean m   max m  changed");
        row("current links", free.before());
        row("greedy baseline", free.greedy());
        row("min-cost flow", free.after());
        row("min-cost, keep links", sticky.after());
        row("min-cost, max only", AutoBalance.balance(areas, 0, rules.liaisonMaxHouseholds(), 0,
                BalancePreview.Level.HOUSEHOLDS, UNBOUNDED).after());
        BalanceQuality g = free.greedy();
        BalanceQuality a = free.after();
        out(String.format(Locale.ROOT, "ratios vs greedy: mean distance %.3f, load spread %.3f, load stddev %.3f,"
                        + " max distance %.3f", a.meanMetres() / g.meanMetres(), (double) a.spread() / g.spread(),
                a.loadStdDev() / g.loadStdDev(), a.maxMetres() / g.maxMetres()));
        boolean ok = median(total) <= 10_000 && a.meanMetres() <= g.meanMetres() && a.spread() < g.spread();
        out("target (<= 10 s, mean distance <= greedy, smaller spread): " + (ok ? "MET" : "NOT MET"));
        agents(new AgentAreaQuery(dsl), rules, runs);
    }

    /** The level above: liaisons (at the centroid of their households) → agents, same solver, agent rule 5-8. */
    private static void agents(AgentAreaQuery query, CapacityRules rules, int runs) {
        long[] total = new long[runs];
        List<AreaData> areas = List.of();
        BalancePreview free = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            areas = query.load("", null);
            free = AgentBalance.balance(areas, rules, 0);
            total[r] = (System.nanoTime() - t0) / 1_000_000;
        }
        BalancePreview sticky = AgentBalance.balance(areas, rules, AutoBalance.KEEP_LINKS_PENALTY);
        out("");
        out(String.format(Locale.ROOT, "liaisons -> agents: %d liaisons, %d agents, %d grid areas; total (load + solve"
                + " + greedy), median: %d ms", free.rows().size(), areas.stream().mapToInt(a -> a.liaisons().size())
                .sum(), areas.size(), median(total)));
        out("                      spread  stddev  mean m   max m  changed");
        row("current links", free.before());
        row("greedy baseline", free.greedy());
        row("min-cost flow", free.after());
        row("min-cost, keep links", sticky.after());
        row("min-cost, max only", AutoBalance.balance(areas, 0, rules.agentMaxLiaisons(), 0,
                BalancePreview.Level.LIAISONS, UNBOUNDED).after());
        BalanceQuality g = free.greedy();
        BalanceQuality a = free.after();
        out(String.format(Locale.ROOT, "ratios vs greedy: mean distance %.3f, load spread %.3f, load stddev %.3f,"
                        + " max distance %.3f", a.meanMetres() / g.meanMetres(), (double) a.spread() / g.spread(),
                a.loadStdDev() / g.loadStdDev(), a.maxMetres() / g.maxMetres()));
        out("(\"max only\": the solver under greedy's own constraint, no lower bound or band: the distance optimum)");
        out(String.format(Locale.ROOT, "agent loads after: %d-%d liaisons (rule %d-%d)", a.minLoad(), a.maxLoad(),
                rules.agentMinLiaisons(), rules.agentMaxLiaisons()));
    }

    private static void row(String label, BalanceQuality q) {
        out(String.format(Locale.ROOT, "%-20s %7d %7.2f %7.1f %7.0f %8d", label, q.spread(), q.loadStdDev(),
                q.meanMetres(), q.maxMetres(), q.changed()));
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @SuppressWarnings("java:S106")
    private static void out(String line) {
        System.out.println(line);
    }
}
