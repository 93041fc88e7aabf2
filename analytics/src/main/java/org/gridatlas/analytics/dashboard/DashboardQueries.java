package org.gridatlas.analytics.dashboard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.base.SqlFile;
import org.gridatlas.analytics.fieldwork.Coverage;
import org.gridatlas.analytics.fieldwork.CoverageLevel;
import org.gridatlas.analytics.fieldwork.CoverageQuery;
import org.gridatlas.analytics.fieldwork.SettledShare;
import org.gridatlas.analytics.fieldwork.SettledShareQuery;
import org.gridatlas.data.base.PersonalData;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures for a quarter and an area (a county, town or village code), as records. One definition
 * per figure: request figures in {@code figures.sql}, visit coverage from {@link CoverageQuery}, 矛盾不上交 from
 * {@link SettledShareQuery}, quotas by {@link QuotaRule}, stars by {@link StarRule}. Everything reads through the
 * caller's scope (row-level security).
 */
@Service
public class DashboardQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CoverageQuery coverage;
    private final SettledShareQuery settled;
    private final Clock clock;
    private final String figuresSql = load("figures.sql");
    private final String categoriesSql = load("categories.sql");
    private final String quotaSql = load("quota-items.sql");
    private final String starsSql = load("post-stars.sql");
    private final String hotspotsSql = load("hotspots.sql");

    DashboardQueries(NamedParameterJdbcTemplate jdbc, CoverageQuery coverage, SettledShareQuery settled, Clock clock) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.settled = settled;
        this.clock = clock;
    }

    /** KPI tiles, towns (or villages) ranked and the coverage gaps, sharing one coverage computation. */
    @Transactional(readOnly = true)
    public Overview overview(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        List<Coverage> cov = coverage.coverage(a, q.from(), q.to());
        Kpis kpis = kpis(q, a, cov);
        List<UnitFigures> ranked = ranked(q, a, cov);
        return new Overview(kpis, ranked, gaps(a, cov, ranked, 10));
    }

    /** The KPI tiles of the area. */
    @Transactional(readOnly = true)
    public Kpis kpis(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        return kpis(q, a, coverage.coverage(a, q.from(), q.to()));
    }

    /** The area's towns (villages for a town; the village itself for a village), best 办结率 first. */
    @Transactional(readOnly = true)
    public List<UnitFigures> ranked(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        return ranked(q, a, coverage.coverage(a, q.from(), q.to()));
    }

    /** The area's figures month by month, for the {@code months} months ending with the quarter's last. */
    @Transactional(readOnly = true)
    public List<MonthTrend> trends(Quarter q, String area, int months) {
        AreaCode a = dashboardArea(area);
        List<MonthTrend> out = new ArrayList<>();
        long households = own(a, figures(a, a.code().length(), q.from(), q.to(), true)).households();
        YearMonth last = q.months().getLast();
        for (YearMonth m = last.minusMonths(months - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
            Instant from = m.atDay(1).atStartOfDay(Quarter.ZONE).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(Quarter.ZONE).toInstant();
            UnitFigures f = own(a, figures(a, a.code().length(), from, to, false));
            out.add(new MonthTrend(m, new UnitFigures(f.code(), f.name(), households, f.requests(), f.completed(),
                    f.rated(), f.satisfied(), f.open(), f.overdue(), 0, 0)));
        }
        return out;
    }

    /** Requests of the quarter per category, most first. */
    @Transactional(readOnly = true)
    public List<CategoryCount> categories(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        return jdbc.query(categoriesSql, period(a, q.from(), q.to()),
                (rs, i) -> new CategoryCount(rs.getString(1), rs.getLong(2)));
    }

    /** Every active agent's quota for the quarter ({@link QuotaRule}). */
    @Transactional(readOnly = true)
    public List<QuotaRow> quota(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        Instant now = clock.instant();
        Map<QuotaRule.Level, List<QuotaRule.Period>> periods = new EnumMap<>(QuotaRule.Level.class);
        for (QuotaRule.Level level : QuotaRule.Level.values()) {
            periods.put(level, QuotaRule.periods(level, q, now));
        }
        return jdbc.query(quotaSql, period(a, q.from(), q.to()), (rs, i) -> {
            QuotaRule.Level level = QuotaRule.Level.valueOf(rs.getString("level"));
            List<Instant> times = instants(rs.getArray("item_times"));
            int[] counts = QuotaRule.countPerPeriod(periods.get(level), times);
            return new QuotaRow(rs.getLong("id"), rs.getString("code"), PersonalData.maskName(rs.getString("name")),
                    level, rs.getString("division_code"), rs.getString("division_name"), times.size(), counts.length,
                    QuotaRule.periodsMet(level, counts), QuotaRule.meets(level, counts));
        });
    }

    /** Quota compliance per agent level, from {@link #quota}. */
    public static List<QuotaSummary> summarise(List<QuotaRow> rows) {
        List<QuotaSummary> out = new ArrayList<>();
        for (QuotaRule.Level level : QuotaRule.Level.values()) {
            List<QuotaRow> of = rows.stream().filter(r -> r.level() == level).toList();
            long judged = of.stream().filter(r -> r.meets() != null).count();
            long ok = of.stream().filter(r -> Boolean.TRUE.equals(r.meets())).count();
            out.add(new QuotaSummary(level, of.size(), judged, ok));
        }
        return out;
    }

    /** Star ratings of the area's service posts for the quarter, most stars first. */
    @Transactional(readOnly = true)
    public List<PostStars> stars(Quarter q, String area) {
        AreaCode a = dashboardArea(area);
        return jdbc.query(starsSql, period(a, q.from(), q.to()), (rs, i) -> {
            long requests = rs.getLong("requests");
            long completed = rs.getLong("completed");
            long rated = rs.getLong("rated");
            long satisfied = rs.getLong("satisfied");
            long closed = rs.getLong("closed");
            long resolved = rs.getLong("resolved");
            return new PostStars(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
                    rs.getString("division_code"), rs.getString("division_name"), requests, completed, rated,
                    satisfied, closed, resolved, StarRule.stars(requests, completed, rated, satisfied, closed, resolved));
        }).stream().sorted(Comparator.comparingInt(PostStars::stars).reversed()).toList();
    }

    /** The {@code limit} villages with the most requests open at the quarter's end per 1,000 households. */
    @Transactional(readOnly = true)
    public List<Hotspot> hotspots(Quarter q, String area, int limit) {
        AreaCode a = dashboardArea(area);
        var params = new MapSqlParameterSource().addValue("area", a.code())
                .addValue("at", Timestamp.from(at(q.to()))).addValue("limit", limit);
        return jdbc.query(hotspotsSql, params, (rs, i) -> new Hotspot(rs.getString("code"), rs.getString("name"),
                rs.getString("town_name"), rs.getLong("households"), rs.getLong("open"), rs.getDouble("lon"),
                rs.getDouble("lat")));
    }

    /** The quarter that holds the clock's now. */
    public Quarter currentQuarter() {
        return Quarter.current(clock);
    }

    /** The most quarters the pickers offer: five years. */
    public static final int MAX_QUARTERS = 20;

    /**
     * The quarters a picker offers, newest first: from the latest quarter holding a request of the area (not after
     * the current one) back to the first, at most {@link #MAX_QUARTERS}; the current quarter alone when there is none.
     */
    @Transactional(readOnly = true)
    public List<Quarter> quartersWithData(String area) {
        AreaCode a = dashboardArea(area);
        Quarter latest = latestQuarter(area);
        Timestamp first = jdbc.queryForObject("SELECT min(created_at) FROM service_request WHERE village_code LIKE :area || '%'",
                new MapSqlParameterSource("area", a.code()), Timestamp.class);
        Quarter earliest = first == null ? latest
                : Quarter.of(java.time.LocalDate.ofInstant(first.toInstant(), Quarter.ZONE));
        List<Quarter> out = new java.util.ArrayList<>();
        for (Quarter q = latest; q.compareTo(earliest) >= 0 && out.size() < MAX_QUARTERS; q = q.previous()) {
            out.add(q);
        }
        return out;
    }

    /** The latest quarter, not after the current one, in which the area received a request (else the current one). */
    @Transactional(readOnly = true)
    public Quarter latestQuarter(String area) {
        AreaCode a = dashboardArea(area);
        Quarter current = currentQuarter();
        Timestamp last = jdbc.queryForObject("SELECT max(created_at) FROM service_request"
                        + " WHERE village_code LIKE :area || '%' AND created_at < :to",
                new MapSqlParameterSource("area", a.code()).addValue("to", Timestamp.from(current.to())), Timestamp.class);
        return last == null ? current : Quarter.of(java.time.LocalDate.ofInstant(last.toInstant(), Quarter.ZONE));
    }

    private Kpis kpis(Quarter q, AreaCode a, List<Coverage> cov) {
        UnitFigures f = own(a, withCoverage(figures(a, a.code().length(), q.from(), q.to(), true), cov));
        Long agents = jdbc.queryForObject("SELECT count(*) FROM person WHERE role = 'AGENT' AND active"
                + " AND division_code LIKE :area || '%'", new MapSqlParameterSource("area", a.code()), Long.class);
        SettledShare share = settled.share(a, q.from(), q.to());
        return new Kpis(q, a.code(), f, agents == null ? 0 : agents, share.closed(), share.settledBelowTown());
    }

    private List<UnitFigures> ranked(Quarter q, AreaCode a, List<Coverage> cov) {
        int len = a.code().length() == 6 ? 9 : 12;
        return withCoverage(figures(a, len, q.from(), q.to(), true), cov).stream()
                .filter(u -> u.households() > 0)
                .sorted(Comparator.comparingDouble(UnitFigures::completionRate).reversed()
                        .thenComparing(Comparator.comparingDouble(UnitFigures::satisfactionRate).reversed())
                        .thenComparing(UnitFigures::code))
                .toList();
    }

    private List<CoverageGap> gaps(AreaCode a, List<Coverage> cov, List<UnitFigures> ranked, int limit) {
        Map<String, String> names = new java.util.HashMap<>();
        ranked.forEach(u -> names.put(u.code(), u.name()));
        if (a.code().length() == 6) {
            names.putAll(villageNames(a));
        }
        return cov.stream().filter(c -> c.level() == CoverageLevel.VILLAGE && c.assigned() > 0)
                .map(c -> new CoverageGap(c.key(), names.getOrDefault(c.key(), c.key()), c.assigned(), c.visited()))
                .sorted(Comparator.comparingDouble(CoverageGap::rate).thenComparing(CoverageGap::code))
                .limit(limit).toList();
    }

    private Map<String, String> villageNames(AreaCode a) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.query("SELECT code, name FROM division WHERE level = 'VILLAGE' AND code LIKE :area || '%'",
                new MapSqlParameterSource("area", a.code()), rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    List<UnitFigures> figures(AreaCode a, int len, Instant from, Instant to, boolean households) {
        var params = period(a, from, to).addValue("len", len).addValue("at", Timestamp.from(at(to)))
                .addValue("households", households);
        return jdbc.query(figuresSql, params, (rs, i) -> new UnitFigures(rs.getString("code"), rs.getString("name"),
                rs.getLong("households"), rs.getLong("requests"), rs.getLong("completed"), rs.getLong("rated"),
                rs.getLong("satisfied"), rs.getLong("open"), rs.getLong("overdue"), 0, 0));
    }

    /** The area's own row; zeros when the area is outside the caller's scope (row-level security hides it). */
    private static UnitFigures own(AreaCode a, List<UnitFigures> rows) {
        return rows.isEmpty() ? new UnitFigures(a.code(), a.code(), 0, 0, 0, 0, 0, 0, 0, 0, 0) : rows.getFirst();
    }

    /** Adds coverage: a county sums its towns, a town or village takes its own row. */
    private static List<UnitFigures> withCoverage(List<UnitFigures> units, List<Coverage> cov) {
        return units.stream().map(u -> {
            CoverageLevel level = u.code().length() == 12 ? CoverageLevel.VILLAGE : CoverageLevel.TOWN;
            long assigned = 0;
            long visited = 0;
            for (Coverage c : cov) {
                if (c.level() == level && c.key().startsWith(u.code())) {
                    assigned += c.assigned();
                    visited += c.visited();
                }
            }
            return u.withCoverage(assigned, visited);
        }).toList();
    }

    private Instant at(Instant to) {
        Instant now = clock.instant();
        return now.isBefore(to) ? now : to;
    }

    private static MapSqlParameterSource period(AreaCode a, Instant from, Instant to) {
        return new MapSqlParameterSource().addValue("area", a.code())
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    private static List<Instant> instants(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Instant> out = new ArrayList<>();
        try (ResultSet rs = array.getResultSet()) {
            while (rs.next()) {
                out.add(rs.getTimestamp(2).toInstant());
            }
        }
        return out;
    }

    /** Dashboards need a county, town or village code (6, 9 or 12 digits). */
    static AreaCode dashboardArea(String area) {
        AreaCode a = AreaCode.of(area);
        int n = a.code().length();
        if (n != 6 && n != 9 && n != 12) {
            throw new IllegalArgumentException("area must be a county, town or village code (6, 9 or 12 digits), got: "
                    + (a.code().isEmpty() ? "nothing" : a.code()));
        }
        return a;
    }

    private static String load(String name) {
        return SqlFile.load(DashboardQueries.class, name);
    }

    /** KPI tiles, ranked units and coverage gaps of one quarter and area. */
    public record Overview(Kpis kpis, List<UnitFigures> ranked, List<CoverageGap> gaps) {
    }
}
