package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridatlas.analytics.dashboard.CategoryCount;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Kpis;
import org.gridatlas.analytics.dashboard.PostStars;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.dashboard.QuotaRow;
import org.gridatlas.analytics.dashboard.UnitFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every KPI, ranked-town, category, quota and star figure of the dashboard for Liyang in 2025Q1 and 2025Q2,
 * recomputed here by independent SQL over the raw tables (no shared SQL file, no Java rule class: quotas and stars
 * are judged in SQL) and compared exactly. Both quarters lie before the application clock, so figures are taken at
 * the quarter's end.
 */
class DashboardReconciliationIT extends IntegrationTest {

    private static final String COUNTY = "320481";

    /** Request counts per town; "answered" = the first of replied_at/closed_at. */
    private static final String TOWN_REQUESTS = """
            SELECT substr(r.village_code, 1, 9) AS town,
                   sum(CASE WHEN r.created_at >= ?1 AND r.created_at < ?2 THEN 1 ELSE 0 END) AS requests,
                   sum(CASE WHEN r.created_at >= ?1 AND r.created_at < ?2
                             AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) < ?2
                            THEN 1 ELSE 0 END) AS completed,
                   sum(CASE WHEN r.created_at >= ?1 AND r.created_at < ?2 AND r.rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
                   sum(CASE WHEN r.created_at >= ?1 AND r.created_at < ?2 AND r.rating <> 'UNSATISFIED' THEN 1 ELSE 0 END) AS satisfied,
                   sum(CASE WHEN NOT ((r.replied_at IS NOT NULL AND r.replied_at < ?2) OR (r.replied_at IS NULL AND r.closed_at IS NOT NULL AND r.closed_at < ?2))
                            THEN 1 ELSE 0 END) AS open,
                   sum(CASE WHEN (NOT ((r.replied_at IS NOT NULL AND r.replied_at < ?2) OR (r.replied_at IS NULL AND r.closed_at IS NOT NULL AND r.closed_at < ?2)))
                             AND r.deadline < ?2 THEN 1 ELSE 0 END) AS overdue
            FROM service_request r
            WHERE r.county_code = '320481' AND r.created_at < ?2
            GROUP BY 1
            """;

    private static final String TOWN_HOUSEHOLDS = """
            SELECT substr(village_code, 1, 9) AS town, count(*) FROM household WHERE county_code = '320481' GROUP BY 1
            """;

    /** Coverage per town: per household, an assignment chain valid at a common moment, and a visit, in the quarter. */
    private static final String TOWN_COVERAGE = """
            SELECT substr(h.village_code, 1, 9) AS town, count(*) AS assigned,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                  AND v.visited_at >= ?1 AND v.visited_at < ?2)) AS visited
            FROM household h
            WHERE h.county_code = '320481'
              AND EXISTS (SELECT 1 FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                          WHERE ll.household_id = h.id
                            AND greatest(ll.valid_from, al.valid_from, ?1) < least(coalesce(ll.valid_to, 'infinity'),
                                coalesce(al.valid_to, 'infinity'), ?2))
            GROUP BY 1
            """;

    private static final String DISPUTES = """
            SELECT count(*), sum(CASE WHEN outcome = 'RESOLVED' AND level <> 'TOWN' THEN 1 ELSE 0 END)
            FROM dispute WHERE county_code = '320481' AND status = 'CLOSED' AND closed_at >= ?1 AND closed_at < ?2
            """;

    private static final String CATEGORIES = """
            SELECT i.category, count(*) FROM request_item i, service_request r
            WHERE r.item_id = i.id AND r.county_code = '320481' AND r.created_at >= ?1 AND r.created_at < ?2
            GROUP BY i.category
            """;

    /**
     * Quota per agent, judged in SQL: weeks = date_trunc('week') (Monday) in Beijing time, whole weeks inside the
     * quarter only; months for village and group agents. Verdict: every judged period reaches 1 / 2 / 1 items.
     */
    private static final String QUOTA = """
            WITH q AS (SELECT (?1::timestamptz AT TIME ZONE 'Asia/Shanghai') AS q0, (?2::timestamptz AT TIME ZONE 'Asia/Shanghai') AS q1),
            agents AS (SELECT id, level FROM person WHERE role = 'AGENT' AND active AND county_code = '320481'),
            slots AS (
                SELECT a.id, a.level, s AS slot_start,
                       CASE WHEN a.level = 'TOWN' THEN s + interval '7 days' ELSE s + interval '1 month' END AS slot_end
                FROM agents a, q,
                     LATERAL generate_series(
                        CASE WHEN a.level = 'TOWN' THEN date_trunc('week', q.q0 + interval '6 days') ELSE q.q0 END,
                        q.q1 - interval '1 day',
                        CASE WHEN a.level = 'TOWN' THEN interval '7 days' ELSE interval '1 month' END) AS s
            ),
            judged AS (SELECT * FROM slots, q WHERE slot_end <= q.q1),
            items AS (
                SELECT r.agent_id, (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) AT TIME ZONE 'Asia/Shanghai' AS t
                FROM service_request r
                WHERE r.county_code = '320481' AND (r.case_type IS NULL OR r.case_type <> 'RETURNED')
                  AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) >= ?1
                  AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) < ?2
            ),
            per_slot AS (
                SELECT j.id, j.level, j.slot_start,
                       (SELECT count(*) FROM items i WHERE i.agent_id = j.id AND i.t >= j.slot_start AND i.t < j.slot_end) AS n
                FROM judged j
            )
            SELECT a.id,
                   (SELECT count(*) FROM items i WHERE i.agent_id = a.id) AS items,
                   bool_and(p.n >= CASE WHEN a.level = 'VILLAGE' THEN 2 ELSE 1 END) AS meets
            FROM agents a LEFT JOIN per_slot p ON p.id = a.id
            GROUP BY a.id, a.level
            """;

    /** Stars per post, judged in SQL with the thresholds written out. */
    private static final String STARS = """
            SELECT s.id,
                   CASE WHEN x.req = 0 OR x.rated = 0 OR x.sat * 10 < x.rated * 9 THEN 0
                        WHEN x.done * 10 >= x.req * 9 AND (x.closed = 0 OR x.resolved * 10 >= x.closed * 9) THEN 3
                        WHEN x.done * 20 >= x.req * 17 AND (x.closed = 0 OR x.resolved * 20 >= x.closed * 17) THEN 2
                        WHEN x.done * 10 >= x.req * 8 AND (x.closed = 0 OR x.resolved * 10 >= x.closed * 8) THEN 1
                        ELSE 0 END AS stars
            FROM service_post s,
                 LATERAL (SELECT
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= ?1 AND r.created_at < ?2
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)) AS req,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= ?1 AND r.created_at < ?2
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND (r.replied_at < ?2 OR (r.replied_at IS NULL AND r.closed_at < ?2))) AS done,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= ?1 AND r.created_at < ?2
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND r.rating IS NOT NULL) AS rated,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= ?1 AND r.created_at < ?2
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND r.rating IN ('SATISFIED', 'BASIC')) AS sat,
                     (SELECT count(*) FROM dispute d WHERE d.status = 'CLOSED' AND d.closed_at >= ?1 AND d.closed_at < ?2
                         AND substr(d.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR d.grid_area_id = s.grid_area_id)) AS closed,
                     (SELECT count(*) FROM dispute d WHERE d.status = 'CLOSED' AND d.closed_at >= ?1 AND d.closed_at < ?2
                         AND d.outcome = 'RESOLVED'
                         AND substr(d.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR d.grid_area_id = s.grid_area_id)) AS resolved
                 ) x
            WHERE s.county_code = '320481'
            """;

    @Autowired
    TestUsers users;

    @Autowired
    DashboardQueries dashboard;

    @ParameterizedTest
    @ValueSource(strings = {"2025Q1", "2025Q2"})
    void every_dashboard_figure_equals_an_independent_count_over_the_raw_tables(String quarter) {
        users.all();
        Quarter q = Quarter.parse(quarter);
        Timestamp from = Timestamp.from(q.from());
        Timestamp to = Timestamp.from(q.to());
        var overview = users.asSystem(() -> dashboard.overview(q, COUNTY));
        Kpis k = overview.kpis();

        Map<String, long[]> towns = towns(from, to);
        for (UnitFigures t : overview.ranked()) {
            long[] e = towns.getOrDefault(t.code(), new long[9]);
            assertThat(new long[] {t.households(), t.requests(), t.completed(), t.rated(), t.satisfied(), t.open(),
                    t.overdue(), t.assigned(), t.visited()}).as("town %s in %s", t.code(), q).containsExactly(e);
        }
        assertThat(overview.ranked()).hasSize((int) towns.values().stream().filter(e -> e[0] > 0).count());
        long[] county = new long[9];
        towns.values().forEach(e -> { for (int i = 0; i < 9; i++) { county[i] += e[i]; } });
        UnitFigures f = k.figures();
        assertThat(new long[] {f.households(), f.requests(), f.completed(), f.rated(), f.satisfied(), f.open(),
                f.overdue(), f.assigned(), f.visited()}).as("county KPIs in %s", q).containsExactly(county);
        assertThat(f.requests()).isPositive();
        assertThat(f.overdue()).isLessThanOrEqualTo(f.open());

        Long agents = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM person WHERE role = 'AGENT' AND active AND county_code = '320481'", Long.class));
        assertThat(k.agents()).isEqualTo(agents);
        List<Object> disputes = users.asSystem(() -> sql(DISPUTES, from, to)).getFirst();
        assertThat(k.disputesClosed()).isEqualTo(num(disputes.get(0))).isPositive();
        assertThat(k.disputesSettledBelowTown()).isEqualTo(num(disputes.get(1)));

        Map<String, Long> categories = users.asSystem(() -> sql(CATEGORIES, from, to)).stream()
                .collect(Collectors.toMap(r -> (String) r.get(0), r -> num(r.get(1))));
        assertThat(users.asSystem(() -> dashboard.categories(q, COUNTY)).stream()
                .collect(Collectors.toMap(CategoryCount::category, CategoryCount::requests))).isEqualTo(categories);

        Map<Long, List<Object>> quota = users.asSystem(() -> sql(QUOTA, from, to)).stream()
                .collect(Collectors.toMap(r -> num(r.get(0)), r -> r));
        List<QuotaRow> rows = users.asSystem(() -> dashboard.quota(q, COUNTY));
        assertThat(rows).hasSize(quota.size());
        for (QuotaRow r : rows) {
            List<Object> e = quota.get(r.agentId());
            assertThat((long) r.items()).as("items of agent %d", r.agentId()).isEqualTo(num(e.get(1)));
            assertThat(r.meets()).as("quota of agent %d", r.agentId()).isEqualTo(e.get(2));
        }
        assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.meets())).count())
                .isEqualTo(quota.values().stream().filter(e -> Boolean.TRUE.equals(e.get(2))).count());

        Map<Long, Long> stars = users.asSystem(() -> sql(STARS, from, to)).stream()
                .collect(Collectors.toMap(r -> num(r.get(0)), r -> num(r.get(1))));
        List<PostStars> posts = users.asSystem(() -> dashboard.stars(q, COUNTY));
        assertThat(posts).hasSize(stars.size());
        assertThat(posts.stream().collect(Collectors.toMap(PostStars::postId, p -> (long) p.stars()))).isEqualTo(stars);
    }

    /** households, requests, completed, rated, satisfied, open, overdue, assigned, visited per town. */
    private Map<String, long[]> towns(Timestamp from, Timestamp to) {
        Map<String, long[]> out = new HashMap<>();
        users.asSystem(() -> sql(TOWN_HOUSEHOLDS, from, to)).forEach(r -> row(out, r)[0] = num(r.get(1)));
        users.asSystem(() -> sql(TOWN_REQUESTS, from, to)).forEach(r -> {
            long[] e = row(out, r);
            for (int i = 1; i <= 6; i++) {
                e[i] = num(r.get(i));
            }
        });
        users.asSystem(() -> sql(TOWN_COVERAGE, from, to)).forEach(r -> {
            long[] e = row(out, r);
            e[7] = num(r.get(1));
            e[8] = num(r.get(2));
        });
        return out;
    }

    private static long[] row(Map<String, long[]> out, List<Object> r) {
        return out.computeIfAbsent((String) r.getFirst(), t -> new long[9]);
    }

    private List<List<Object>> sql(String sql, Timestamp from, Timestamp to) {
        JdbcTemplate jdbc = users.jdbc();
        String positional = sql.replace("?1", "CAST(:from AS timestamptz)").replace("?2", "CAST(:to AS timestamptz)");
        var named = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("from", from)
                .addValue("to", to);
        return named.query(positional, params, (rs, i) -> {
            int n = rs.getMetaData().getColumnCount();
            List<Object> row = new java.util.ArrayList<>();
            for (int c = 1; c <= n; c++) {
                row.add(rs.getObject(c));
            }
            return row;
        });
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
