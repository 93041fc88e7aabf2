package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.ClassMethod;
import org.gridatlas.analytics.review.Classification;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.pack.Figures;
import org.gridatlas.analytics.review.pack.ReviewPackService;
import org.gridatlas.analytics.review.pack.ReviewPackService.Pack;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The review pack's dashboard pages (KPIs, monthly trend, categories, villages ranked, quota compliance, star
 * ratings) and its four-quarter and change maps, for 天目湖镇 in 2025Q1 made by its town secretary: every figure is
 * recomputed here by SQL written for this test over the raw tables (no shared .sql file, no rule class: quotas and
 * stars are judged in SQL) and must agree exactly; the PDF's extracted text holds them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPackDashboardIT extends IntegrationTest {

    static final Quarter QUARTER = Quarter.parse("2025Q1");
    static final String TOWN = TestUsers.OWN_TOWN;
    static final int SRID = 4549;   // Liyang's Gauss–Krüger zone (CM 120°E)

    /** Request figures of the town's villages for [:from, :to), open and overdue at :to (all periods are past). */
    private static final String VILLAGE_REQUESTS = """
            SELECT r.village_code AS unit,
                   sum(CASE WHEN r.created_at >= :from AND r.created_at < :to THEN 1 ELSE 0 END) AS requests,
                   sum(CASE WHEN r.created_at >= :from AND r.created_at < :to
                             AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) < :to
                            THEN 1 ELSE 0 END) AS completed,
                   sum(CASE WHEN r.created_at >= :from AND r.created_at < :to AND r.rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
                   sum(CASE WHEN r.created_at >= :from AND r.created_at < :to AND r.rating <> 'UNSATISFIED' THEN 1 ELSE 0 END) AS satisfied,
                   sum(CASE WHEN NOT ((r.replied_at IS NOT NULL AND r.replied_at < :to)
                                      OR (r.replied_at IS NULL AND r.closed_at IS NOT NULL AND r.closed_at < :to))
                            THEN 1 ELSE 0 END) AS open,
                   sum(CASE WHEN NOT ((r.replied_at IS NOT NULL AND r.replied_at < :to)
                                      OR (r.replied_at IS NULL AND r.closed_at IS NOT NULL AND r.closed_at < :to))
                             AND r.deadline < :to THEN 1 ELSE 0 END) AS overdue
            FROM service_request r
            WHERE substr(r.village_code, 1, 9) = :town AND r.created_at < :to
            GROUP BY 1
            """;

    /** Coverage per village: an assignment chain valid at a common moment of the quarter, and a visit in it. */
    private static final String VILLAGE_COVERAGE = """
            SELECT h.village_code AS unit, count(*) AS assigned,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                  AND v.visited_at >= :from AND v.visited_at < :to)) AS visited
            FROM household h
            WHERE substr(h.village_code, 1, 9) = :town
              AND EXISTS (SELECT 1 FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                          WHERE ll.household_id = h.id
                            AND greatest(ll.valid_from, al.valid_from, :from) < least(coalesce(ll.valid_to, 'infinity'),
                                coalesce(al.valid_to, 'infinity'), :to))
            GROUP BY 1
            """;

    /** Quota per agent judged in SQL: whole Monday weeks (town agents) or months, Beijing time; counts per period. */
    private static final String QUOTA = """
            WITH q AS (SELECT (CAST(:from AS timestamptz) AT TIME ZONE 'Asia/Shanghai') AS q0,
                              (CAST(:to AS timestamptz) AT TIME ZONE 'Asia/Shanghai') AS q1),
            agents AS (SELECT id, code, level, division_code FROM person
                       WHERE role = 'AGENT' AND active AND substr(division_code, 1, 9) = :town),
            slots AS (
                SELECT a.id, a.level, s AS slot_start,
                       CASE WHEN a.level = 'TOWN' THEN s + interval '7 days' ELSE s + interval '1 month' END AS slot_end
                FROM agents a, q,
                     LATERAL generate_series(
                        CASE WHEN a.level = 'TOWN' THEN date_trunc('week', q.q0 + interval '6 days') ELSE q.q0 END,
                        q.q1 - interval '1 day',
                        CASE WHEN a.level = 'TOWN' THEN interval '7 days' ELSE interval '1 month' END) AS s
            ),
            judged AS (SELECT slots.* FROM slots, q WHERE slot_end <= q.q1),
            items AS (
                SELECT r.agent_id,
                       (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) AT TIME ZONE 'Asia/Shanghai' AS t
                FROM service_request r
                WHERE (r.case_type IS NULL OR r.case_type <> 'RETURNED')
                  AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) >= :from
                  AND (CASE WHEN r.replied_at IS NOT NULL THEN r.replied_at ELSE r.closed_at END) < :to
            ),
            per_slot AS (
                SELECT j.id, j.level,
                       (SELECT count(*) FROM items i WHERE i.agent_id = j.id AND i.t >= j.slot_start AND i.t < j.slot_end) AS n
                FROM judged j
            )
            SELECT a.code, a.level, a.division_code,
                   (SELECT count(*) FROM items i WHERE i.agent_id = a.id) AS items,
                   count(p.id) AS judged,
                   count(p.id) FILTER (WHERE p.n >= CASE WHEN a.level = 'VILLAGE' THEN 2 ELSE 1 END) AS met
            FROM agents a LEFT JOIN per_slot p ON p.id = a.id
            GROUP BY a.id, a.code, a.level, a.division_code
            """;

    /** Per service post of the town: the counts its stars need, and the stars judged in SQL. */
    private static final String STARS = """
            SELECT s.id, s.division_code, x.*,
                   CASE WHEN x.req = 0 OR x.rated = 0 OR x.sat * 10 < x.rated * 9 THEN 0
                        WHEN x.done * 10 >= x.req * 9 AND (x.closed = 0 OR x.resolved * 10 >= x.closed * 9) THEN 3
                        WHEN x.done * 20 >= x.req * 17 AND (x.closed = 0 OR x.resolved * 20 >= x.closed * 17) THEN 2
                        WHEN x.done * 10 >= x.req * 8 AND (x.closed = 0 OR x.resolved * 10 >= x.closed * 8) THEN 1
                        ELSE 0 END AS stars
            FROM service_post s,
                 LATERAL (SELECT
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= :from AND r.created_at < :to
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)) AS req,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= :from AND r.created_at < :to
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND (r.replied_at < :to OR (r.replied_at IS NULL AND r.closed_at < :to))) AS done,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= :from AND r.created_at < :to
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND r.rating IS NOT NULL) AS rated,
                     (SELECT count(*) FROM service_request r WHERE r.created_at >= :from AND r.created_at < :to
                         AND substr(r.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
                         AND r.rating IN ('SATISFIED', 'BASIC')) AS sat,
                     (SELECT count(*) FROM dispute d WHERE d.status = 'CLOSED' AND d.closed_at >= :from AND d.closed_at < :to
                         AND substr(d.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR d.grid_area_id = s.grid_area_id)) AS closed,
                     (SELECT count(*) FROM dispute d WHERE d.status = 'CLOSED' AND d.closed_at >= :from AND d.closed_at < :to
                         AND d.outcome = 'RESOLVED'
                         AND substr(d.village_code, 1, length(s.division_code)) = s.division_code
                         AND (s.kind <> 'GRID_POINT' OR d.grid_area_id = s.grid_area_id)) AS resolved
                 ) x
            WHERE substr(s.division_code, 1, 9) = :town
            """;

    /** Requests with a location per hexagon of the Gauss–Krüger grid (PostGIS's own grid), for [:from, :to). */
    private static final String HEX = """
            SELECT h.i || ',' || h.j AS cell, count(*) AS n
            FROM service_request r
            CROSS JOIN LATERAL ST_HexagonGrid(:edge, ST_Transform(r.location, :srid)) h
            WHERE substr(r.village_code, 1, 9) = :town AND r.created_at >= :from AND r.created_at < :to
              AND ST_Intersects(h.geom, ST_Transform(r.location, :srid))
            GROUP BY h.i, h.j
            """;

    @Autowired
    TestUsers users;
    @Autowired
    ReviewPackService packs;

    Pack pack;
    String text;
    String flat;

    @BeforeAll
    void makeThePack() throws Exception {
        users.all();
        pack = Scopes.runAs(ReviewQueriesIT.SECRETARY, () -> packs.generate(AreaCode.of(TOWN), QUARTER, p -> { }));
        java.nio.file.Files.createDirectories(BrowserSession.SCREENSHOTS);   // kept to look at
        java.nio.file.Files.write(BrowserSession.SCREENSHOTS.resolve("review-pack-town.pdf"), pack.pdf());
        PdfReader reader = new PdfReader(pack.pdf());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\n');
        }
        text = all.toString();
        flat = text.replaceAll("\\s", "");
    }

    @Test
    void the_kpi_table_equals_independent_counts_over_the_raw_tables() {
        Figures f = pack.figures();
        long[] town = new long[9];
        villages(QUARTER.period().from(), QUARTER.period().to()).values().forEach(v -> {
            for (int i = 0; i < 9; i++) {
                town[i] += v[i];
            }
        });
        assertThat(new long[] {f.getLong("dash.kpi.households"), f.getLong("dash.kpi.requests"),
                f.getLong("dash.kpi.completed"), f.getLong("dash.kpi.rated"), f.getLong("dash.kpi.satisfied"),
                f.getLong("dash.kpi.open"), f.getLong("dash.kpi.overdue"), f.getLong("dash.kpi.assigned"),
                f.getLong("dash.kpi.visited")}).containsExactly(town);
        assertThat(town[1]).isPositive();
        assertThat(f.getLong("dash.kpi.agents")).isEqualTo(one("""
                SELECT count(*) FROM person WHERE role = 'AGENT' AND active AND substr(division_code, 1, 9) = :town""",
                params(QUARTER.period().from(), QUARTER.period().to()))).isPositive();
        var p = params(QUARTER.period().from(), QUARTER.period().to());
        assertThat(f.getLong("dash.kpi.disputes_closed")).isEqualTo(one("""
                SELECT count(*) FROM dispute WHERE substr(village_code, 1, 9) = :town AND status = 'CLOSED'
                  AND closed_at >= :from AND closed_at < :to""", p)).isPositive();
        assertThat(f.getLong("dash.kpi.disputes_settled")).isEqualTo(one("""
                SELECT count(*) FROM dispute WHERE substr(village_code, 1, 9) = :town AND status = 'CLOSED'
                  AND closed_at >= :from AND closed_at < :to AND outcome = 'RESOLVED' AND level <> 'TOWN'""", p));

        assertThat(flat).contains("看板指标", "矛盾不上交");
        assertThat(text).contains(percent(town[2], town[1]), percent(town[4], town[3]), percent(town[8], town[7]));
        assertThat(flat).contains("季末未办结open" + town[5] + ")");
    }

    @Test
    void every_month_of_the_trend_equals_independent_counts() {
        Figures f = pack.figures();
        YearMonth last = YearMonth.of(2025, 3);
        int checked = 0;
        for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
            Instant from = m.atDay(1).atStartOfDay(Quarter.ZONE).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(Quarter.ZONE).toInstant();
            long[] month = new long[9];
            villages(from, to).values().forEach(v -> {
                for (int i = 1; i < 7; i++) {
                    month[i] += v[i];
                }
            });
            String k = "dash.trend." + m + ".";
            assertThat(new long[] {f.getLong(k + "requests"), f.getLong(k + "completed"), f.getLong(k + "rated"),
                    f.getLong(k + "satisfied"), f.getLong(k + "overdue")}).as(k)
                    .containsExactly(month[1], month[2], month[3], month[4], month[6]);
            assertThat(flat).as("trend table %s", m).contains(month[2] + "/" + month[1], month[4] + "/" + month[3]);
            checked += month[1] > 0 ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(6);
        assertThat(f.asMap().keySet().stream().filter(k -> k.startsWith("dash.trend.")).count()).isEqualTo(12 * 5);
    }

    @Test
    void categories_and_the_villages_ranked_equal_independent_counts() {
        Figures f = pack.figures();
        var p = params(QUARTER.period().from(), QUARTER.period().to());
        Map<String, Long> categories = new TreeMap<>();
        each("""
                SELECT i.category, count(*) FROM request_item i, service_request r
                WHERE r.item_id = i.id AND substr(r.village_code, 1, 9) = :town AND r.created_at >= :from AND r.created_at < :to
                GROUP BY i.category""", p, rs -> {
            categories.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Long> packed = new TreeMap<>();
        f.asMap().forEach((k, v) -> {
            if (k.startsWith("dash.category.")) {
                packed.put(k.substring("dash.category.".length()), Long.parseLong(v));
            }
        });
        assertThat(packed).isEqualTo(categories).isNotEmpty();
        categories.keySet().forEach(c -> assertThat(text).contains(c));

        Map<String, long[]> villages = villages(QUARTER.period().from(), QUARTER.period().to());
        Map<String, long[]> expected = villages.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, long[]> ranked = new HashMap<>();
        String[] cols = {"households", "requests", "completed", "rated", "satisfied", "open", "overdue", "assigned",
            "visited"};
        f.asMap().keySet().stream().filter(k -> k.startsWith("dash.ranked.") && k.endsWith(".households"))
                .map(k -> k.split("\\.")[2]).forEach(code -> {
                    long[] row = new long[9];
                    for (int i = 0; i < 9; i++) {
                        row[i] = f.getLong("dash.ranked." + code + "." + cols[i]);
                    }
                    ranked.put(code, row);
                });
        assertThat(ranked.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(3);
        expected.forEach((code, e) -> {
            assertThat(ranked.get(code)).as("village %s", code).containsExactly(e);
            assertThat(flat).as("ranked row of %s", code).contains(code + e[0] + e[2] + "/" + e[1]);
        });
    }

    @Test
    void quota_compliance_equals_rules_judged_in_sql() {
        Figures f = pack.figures();
        var p = params(QUARTER.period().from(), QUARTER.period().to());
        List<Map<String, Object>> agents = list(QUOTA, p);
        assertThat(agents).isNotEmpty();
        for (String level : List.of("TOWN", "VILLAGE", "GROUP")) {
            List<Map<String, Object>> of = agents.stream().filter(a -> level.equals(a.get("level"))).toList();
            long judged = of.stream().filter(a -> num(a.get("judged")) > 0).count();
            long compliant = of.stream().filter(a -> num(a.get("judged")) > 0 && num(a.get("met")) == num(a.get("judged")))
                    .count();
            assertThat(new long[] {f.getLong("quota." + level + ".agents"), f.getLong("quota." + level + ".judged"),
                    f.getLong("quota." + level + ".compliant")}).as(level)
                    .containsExactly(of.size(), judged, compliant);
            assertThat(flat).as("quota row %s", level).contains(compliant + "/" + judged);
        }
        List<Map<String, Object>> missed = agents.stream()
                .filter(a -> num(a.get("judged")) > 0 && num(a.get("met")) < num(a.get("judged")))
                .sorted(java.util.Comparator.comparingDouble((Map<String, Object> a) ->
                                (double) num(a.get("met")) / num(a.get("judged")))
                        .thenComparing(a -> (String) a.get("code")))
                .toList();
        assertThat(f.getLong("quota.missed")).isEqualTo(missed.size()).isPositive();
        for (int i = 0; i < Math.min(30, missed.size()); i++) {
            Map<String, Object> a = missed.get(i);
            String k = String.format("quota.listed.%02d.", i + 1);
            assertThat(f.get(k + "code")).isEqualTo(a.get("code"));
            assertThat(new long[] {f.getLong(k + "items"), f.getLong(k + "periods_met"), f.getLong(k + "periods_judged")})
                    .as(k).containsExactly(num(a.get("items")), num(a.get("met")), num(a.get("judged")));
            assertThat(flat).contains((String) a.get("code"));
        }
        assertThat(f.get(String.format("quota.listed.%02d.code", Math.min(30, missed.size()) + 1))).isNull();
        assertThat(flat).contains("未达标代办员Agentswhomissedthequota：" + missed.size());

        Map<String, long[]> units = new TreeMap<>();   // per village (a town agent: the town itself)
        for (Map<String, Object> a : agents) {
            String d = (String) a.get("division_code");
            long[] u = units.computeIfAbsent(d.length() < 12 ? TOWN : d.substring(0, 12), c -> new long[3]);
            u[0]++;
            u[1] += num(a.get("judged")) > 0 ? 1 : 0;
            u[2] += num(a.get("judged")) > 0 && num(a.get("met")) == num(a.get("judged")) ? 1 : 0;
        }
        assertThat(units).hasSizeGreaterThan(3);
        units.forEach((code, u) -> assertThat(new long[] {f.getLong("quota.unit." + code + ".agents"),
                f.getLong("quota.unit." + code + ".judged"), f.getLong("quota.unit." + code + ".compliant")})
                .as("quota of unit %s", code).containsExactly(u));
        assertThat(f.asMap().keySet().stream().filter(k -> k.matches("quota\\.unit\\..*\\.agents")).count())
                .isEqualTo(units.size());
    }

    @Test
    void star_ratings_equal_the_rule_judged_in_sql() {
        Figures f = pack.figures();
        List<Map<String, Object>> posts = list(STARS, params(QUARTER.period().from(),
                QUARTER.period().to()));
        assertThat(posts).hasSizeGreaterThan(3);
        long[] perStar = new long[4];
        for (Map<String, Object> post : posts) {
            String k = "stars.post." + post.get("id") + ".";
            long stars = num(post.get("stars"));
            perStar[(int) stars]++;
            assertThat(new long[] {f.getLong(k + "stars"), f.getLong(k + "requests"), f.getLong(k + "completed"),
                    f.getLong(k + "rated"), f.getLong(k + "satisfied"), f.getLong(k + "disputes_closed"),
                    f.getLong(k + "disputes_resolved")}).as(k).containsExactly(stars, num(post.get("req")),
                    num(post.get("done")), num(post.get("rated")), num(post.get("sat")), num(post.get("closed")),
                    num(post.get("resolved")));
            assertThat(flat).contains(num(post.get("sat")) + "/" + num(post.get("rated")),
                    num(post.get("done")) + "/" + num(post.get("req")));
        }
        for (int s = 0; s <= 3; s++) {
            assertThat(f.getLong("stars.count." + s)).isEqualTo(perStar[s]);
        }
        Map<String, long[]> units = new TreeMap<>();   // per village; the town window under the town itself
        for (Map<String, Object> post : posts) {
            String d = (String) post.get("division_code");
            units.computeIfAbsent(d.length() < 12 ? TOWN : d.substring(0, 12), c -> new long[4])[
                    (int) num(post.get("stars"))]++;
        }
        units.forEach((code, u) -> {
            for (int s = 0; s <= 3; s++) {
                assertThat(f.getLong("stars.unit." + code + "." + s)).as("%d-star posts of %s", s, code).isEqualTo(u[s]);
            }
        });
        assertThat(flat).contains(String.format("三星%d个，二星%d个，一星%d个，无星%d个", perStar[3], perStar[2], perStar[1],
                perStar[0]));
    }

    @Test
    void the_four_quarters_share_one_legend_and_the_change_map_equals_postgis_hexagons() {
        Figures f = pack.figures();
        assertThat(f.getLong("compare.edge_m")).isEqualTo(500);
        List<Double> union = new ArrayList<>();
        Map<String, Map<String, Long>> byQuarter = new HashMap<>();
        for (Quarter q : QUARTER.lastN(4)) {
            Map<String, Long> cells = hex(q);
            byQuarter.put(q.toString(), cells);
            String k = "compare." + q + ".";
            long points = cells.values().stream().mapToLong(Long::longValue).sum();
            long max = cells.values().stream().mapToLong(Long::longValue).max().orElse(0);
            assertThat(new long[] {f.getLong(k + "cells"), f.getLong(k + "points"), f.getLong(k + "max")}).as(k)
                    .containsExactly(cells.size(), points, max);
            assertThat(points).as("requests located in %s", q).isPositive();
            assertThat(flat).contains(q + "：" + points + "件/" + cells.size() + "格，单格最多" + max);
            cells.values().forEach(n -> union.add((double) n));
        }
        double[] bounds = Classification.breaks(ClassMethod.NATURAL_BREAKS,
                union.stream().mapToDouble(Double::doubleValue).toArray(), 5);
        String expected = java.util.Arrays.stream(bounds).mapToObj(b -> b == Math.rint(b) ? Long.toString((long) b)
                : String.format(Locale.ROOT, "%.4f", b)).collect(Collectors.joining(" "));
        assertThat(f.get("compare.legend.bounds")).isEqualTo(expected);
        assertThat(bounds[bounds.length - 1]).as("the legend reaches the largest cell of any of the four quarters")
                .isEqualTo(union.stream().mapToDouble(Double::doubleValue).max().orElseThrow());

        Map<String, Long> now = byQuarter.get("2025Q1");
        Map<String, Long> before = byQuarter.get("2024Q4");
        java.util.Set<String> cells = new java.util.HashSet<>(now.keySet());
        cells.addAll(before.keySet());
        long up = 0;
        long down = 0;
        long same = 0;
        long net = 0;
        long maxUp = 0;
        long maxDown = 0;
        for (String c : cells) {
            long d = now.getOrDefault(c, 0L) - before.getOrDefault(c, 0L);
            up += d > 0 ? 1 : 0;
            down += d < 0 ? 1 : 0;
            same += d == 0 ? 1 : 0;
            net += d;
            maxUp = Math.max(maxUp, d);
            maxDown = Math.min(maxDown, d);
        }
        String c = "compare.change.";
        assertThat(new long[] {f.getLong(c + "cells"), f.getLong(c + "up"), f.getLong(c + "down"),
                f.getLong(c + "same"), f.getLong(c + "net"), f.getLong(c + "max_up"), f.getLong(c + "max_down")}).containsExactly(cells.size(), up, down, same, net, maxUp, maxDown);
        assertThat(up + down).isPositive();
        assertThat(flat).contains("四季度对比", "较上季度变化", "格中增加" + up + "格、减少" + down + "格");
    }

    /** households, requests, completed, rated, satisfied, open, overdue, assigned, visited per village. */
    private Map<String, long[]> villages(Instant from, Instant to) {
        Map<String, long[]> out = new HashMap<>();
        var p = params(from, to);
        each("SELECT village_code, count(*) FROM household WHERE substr(village_code, 1, 9) = :town GROUP BY 1",
                p, rs -> {
                    out.computeIfAbsent(rs.getString(1), c -> new long[9])[0] = rs.getLong(2);
                });
        each(VILLAGE_REQUESTS, p, rs -> {
            long[] e = out.computeIfAbsent(rs.getString(1), c -> new long[9]);
            for (int i = 1; i <= 6; i++) {
                e[i] = rs.getLong(i + 1);
            }
        });
        each(VILLAGE_COVERAGE, p, rs -> {
            long[] e = out.computeIfAbsent(rs.getString(1), c -> new long[9]);
            e[7] = rs.getLong(2);
            e[8] = rs.getLong(3);
        });
        return out;
    }

    private Map<String, Long> hex(Quarter q) {
        Map<String, Long> out = new HashMap<>();
        var p = params(q.period().from(), q.period().to()).addValue("edge", 500.0).addValue("srid", SRID);
        each(HEX, p, rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    private long one(String sql, MapSqlParameterSource p) {
        Long n = users.asSystem(() -> named().queryForObject(sql, p, Long.class));
        return n == null ? 0 : n;
    }

    private List<Map<String, Object>> list(String sql, MapSqlParameterSource p) {
        return users.asSystem(() -> named().queryForList(sql, p));
    }

    /** Runs {@code sql} as the system scope (no row-level narrowing) and hands each row to {@code row}. */
    private void each(String sql, MapSqlParameterSource p, org.springframework.jdbc.core.RowCallbackHandler row) {
        users.asSystem(() -> {
            named().query(sql, p, row);
            return null;
        });
    }

    private NamedParameterJdbcTemplate named() {
        return new NamedParameterJdbcTemplate(users.jdbc());
    }

    private static MapSqlParameterSource params(Instant from, Instant to) {
        return new MapSqlParameterSource("town", TOWN).addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
