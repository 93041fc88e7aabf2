package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.Period;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.pack.Figures;
import org.gridatlas.analytics.review.pack.ReviewPackService;
import org.gridatlas.analytics.review.pack.ReviewPackService.Pack;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review pack of 天目湖镇 for 2025Q1, made as its town secretary: every figure recomputed by independent SQL over
 * the raw tables (written here, not calling the review queries) must agree exactly; the PDF's extracted text holds
 * them; regenerating gives the same hash, and after a raw change names what changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPackIT extends IntegrationTest {

    static final Quarter QUARTER = Quarter.parse("2025Q1");
    static final Period Q = QUARTER.period();
    static final String TOWN = TestUsers.OWN_TOWN;

    @Autowired
    TestUsers users;
    @Autowired
    ReviewPackService packs;

    Pack pack;
    String text;

    @BeforeAll
    void makeThePack() throws Exception {
        users.all();
        List<Double> progress = new ArrayList<>();
        pack = Scopes.runAs(ReviewQueriesIT.SECRETARY, () -> packs.generate(AreaCode.of(TOWN), QUARTER, progress::add));
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        PdfReader reader = new PdfReader(pack.pdf());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(extractor.getTextFromPage(p)).append('\n');
        }
        text = all.toString();
    }

    private JdbcTemplate jdbc() {
        return users.jdbc();
    }

    private long one(String sql, Object... args) {
        return users.asSystem(() -> jdbc().queryForObject(sql, Long.class, args));
    }

    private Object[] period(Object... more) {
        List<Object> a = new ArrayList<>(List.of(TOWN + "%", Timestamp.from(Q.from()), Timestamp.from(Q.to())));
        a.addAll(List.of(more));
        return a.toArray();
    }

    @Test
    void the_summary_figures_equal_independent_counts_over_the_raw_tables() {
        Figures f = pack.figures();
        assertThat(f.getLong("summary.households")).isEqualTo(one(
                "SELECT count(*) FROM household WHERE village_code LIKE ?", TOWN + "%")).isPositive();
        String inQuarter = "FROM service_request WHERE village_code LIKE ? AND created_at >= ? AND created_at < ?";
        assertThat(f.getLong("summary.requests")).isEqualTo(one("SELECT count(*) " + inQuarter, period())).isPositive();
        assertThat(f.getLong("summary.countable")).isEqualTo(one("SELECT count(*) " + inQuarter
                + " AND status <> 'RETURNED'", period()));
        assertThat(f.getLong("summary.completed")).isEqualTo(one("SELECT count(*) " + inQuarter
                + " AND status <> 'RETURNED' AND replied_at IS NOT NULL AND replied_at < ?", period(Timestamp.from(Q.to()))))
                .isPositive();
        assertThat(f.getLong("summary.rated")).isEqualTo(one("SELECT count(*) " + inQuarter
                + " AND rating IN ('SATISFIED', 'BASIC', 'UNSATISFIED')", period()));
        assertThat(f.getLong("summary.satisfied")).isEqualTo(one("SELECT count(*) " + inQuarter
                + " AND rating = 'SATISFIED'", period())).isPositive();
        assertThat(f.getLong("summary.disputes")).isEqualTo(one("""
                SELECT count(*) FROM dispute WHERE village_code LIKE ? AND opened_at >= ? AND opened_at < ?""", period()));
        assertThat(f.getLong("summary.overdue")).isEqualTo(one("""
                SELECT count(*) FROM service_request WHERE village_code LIKE ? AND deadline >= ? AND deadline < ?
                AND deadline < now() AND status <> 'RETURNED' AND NOT coalesce(replied_at <= deadline, false)""", period()));
        long[] coverage = coverage(TOWN + "%");
        assertThat(f.getLong("summary.assigned")).isEqualTo(coverage[0]).isPositive();
        assertThat(f.getLong("summary.visited")).isEqualTo(coverage[1]);
    }

    @Test
    void every_village_row_equals_independent_counts() {
        Figures f = pack.figures();
        List<Map<String, Object>> villages = users.asSystem(() -> jdbc().queryForList("""
                SELECT v.code,
                  (SELECT count(*) FROM household h WHERE h.village_code = v.code) AS households,
                  (SELECT count(*) FROM service_request r WHERE r.village_code = v.code AND r.created_at >= ? AND r.created_at < ?) AS requests,
                  (SELECT count(*) FROM service_request r WHERE r.village_code = v.code AND r.created_at >= ? AND r.created_at < ?
                     AND r.status <> 'RETURNED' AND r.replied_at < ?) AS completed,
                  (SELECT count(*) FROM service_request r WHERE r.village_code = v.code AND r.created_at >= ? AND r.created_at < ?
                     AND r.rating = 'SATISFIED') AS satisfied
                FROM division v WHERE v.level = 'VILLAGE' AND v.code LIKE ? ORDER BY v.code
                """, Timestamp.from(Q.from()), Timestamp.from(Q.to()), Timestamp.from(Q.from()), Timestamp.from(Q.to()),
                Timestamp.from(Q.to()), Timestamp.from(Q.from()), Timestamp.from(Q.to()), TOWN + "%"));
        assertThat(villages).hasSizeGreaterThan(3);
        for (Map<String, Object> v : villages) {
            String k = "village." + v.get("code") + ".";
            for (String col : List.of("households", "requests", "completed", "satisfied")) {
                assertThat(f.getLong(k + col)).as(k + col).isEqualTo(((Number) v.get(col)).longValue());
            }
            long[] cov = coverage((String) v.get("code"));
            assertThat(f.getLong(k + "assigned")).as(k + "assigned").isEqualTo(cov[0]);
            assertThat(f.getLong(k + "visited")).as(k + "visited").isEqualTo(cov[1]);
        }
    }

    @Test
    void the_hexagon_map_and_the_lists_equal_independent_sql() {
        Figures f = pack.figures();
        Map<String, Object> hex = users.asSystem(() -> jdbc().queryForMap("""
                SELECT count(*) AS cells, coalesce(sum(n), 0) AS points, coalesce(max(n), 0) AS max FROM (
                  SELECT h.i, h.j, count(*) AS n FROM service_request r
                  CROSS JOIN LATERAL ST_HexagonGrid(500, ST_Transform(r.location, 4549)) h
                  WHERE r.village_code LIKE ? AND r.created_at >= ? AND r.created_at < ?
                    AND ST_Intersects(h.geom, ST_Transform(r.location, 4549))
                  GROUP BY h.i, h.j) cells""", period()));
        assertThat(f.getLong("map.hex.edge_m")).isEqualTo(500);
        assertThat(f.getLong("map.hex.cells")).isEqualTo(((Number) hex.get("cells")).longValue()).isPositive();
        assertThat(f.getLong("map.hex.points")).isEqualTo(((Number) hex.get("points")).longValue());
        assertThat(f.getLong("map.hex.max")).isEqualTo(((Number) hex.get("max")).longValue());

        List<String> oldest = users.asSystem(() -> jdbc().queryForList("""
                SELECT code FROM (
                  SELECT code, created_at AS t FROM service_request WHERE village_code LIKE ?
                    AND status NOT IN ('REPLIED', 'RATED', 'ARCHIVED', 'RETURNED')
                  UNION ALL
                  SELECT code, opened_at FROM dispute WHERE village_code LIKE ? AND closed_at IS NULL AND status <> 'CLOSED'
                ) x ORDER BY t, code LIMIT 15""", String.class, TOWN + "%", TOWN + "%"));
        assertThat(oldest).isNotEmpty();
        for (int i = 0; i < oldest.size(); i++) {
            assertThat(f.get(String.format("open.%02d.code", i + 1))).isEqualTo(oldest.get(i));
        }
        List<Map<String, Object>> gaps = users.asSystem(() -> jdbc().queryForList("""
                SELECT ga.id, count(h.id) AS assigned,
                       count(h.id) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                        AND v.visited_at >= ? AND v.visited_at < ?)) AS visited
                FROM grid_area ga JOIN household h ON h.grid_area_id = ga.id
                WHERE ga.village_code LIKE ?
                  AND EXISTS (SELECT 1 FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                              WHERE ll.household_id = h.id
                                AND greatest(ll.valid_from, al.valid_from, ?::timestamptz)
                                    < least(coalesce(ll.valid_to, 'infinity'), coalesce(al.valid_to, 'infinity'), ?::timestamptz))
                GROUP BY ga.id
                ORDER BY count(h.id) - count(h.id) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                        AND v.visited_at >= ? AND v.visited_at < ?)) DESC, ga.id::text
                LIMIT 15""", Timestamp.from(Q.from()), Timestamp.from(Q.to()), TOWN + "%", Timestamp.from(Q.from()),
                Timestamp.from(Q.to()), Timestamp.from(Q.from()), Timestamp.from(Q.to())));
        for (int i = 0; i < gaps.size(); i++) {
            String k = String.format("open.gap.%02d.", i + 1);
            assertThat(f.get(k + "grid_area")).isEqualTo(gaps.get(i).get("id").toString());
            assertThat(f.getLong(k + "assigned")).isEqualTo(((Number) gaps.get(i).get("assigned")).longValue());
            assertThat(f.getLong(k + "visited")).isEqualTo(((Number) gaps.get(i).get("visited")).longValue());
        }
    }

    @Test
    void the_pdf_text_holds_the_title_the_figures_and_the_hash() {
        Figures f = pack.figures();
        assertThat(text).contains("季度点评", "天目湖镇", "2025Q1", "2025-01-01", "2025-03-31");
        assertThat(text).contains("办结率", "满意率", "走访覆盖率", "每千户诉求");
        String completion = String.format(java.util.Locale.ROOT, "%.1f%%",
                100.0 * f.getLong("summary.completed") / f.getLong("summary.countable"));
        assertThat(text).contains(f.get("summary.households"), f.get("summary.requests"), completion);
        assertThat(text).contains(f.get("open.01.code"));
        String village = f.asMap().keySet().stream().filter(k -> k.startsWith("village.")).findFirst().orElseThrow()
                .split("\\.")[1];
        String k = "village." + village + ".";
        assertThat(text).contains(village, f.get(k + "completed") + "/" + f.get(k + "countable"),
                f.get(k + "visited") + "/" + f.get(k + "assigned"));
        assertThat(text.replaceAll("\\s", "")).contains(pack.figuresSha256());
        assertThat(pack.figuresSha256()).isEqualTo(Figures.sha256(f.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void regenerating_the_closed_quarter_gives_the_same_figures_or_names_what_changed() {
        Pack again = Scopes.runAs(ReviewQueriesIT.SECRETARY, () -> packs.generate(AreaCode.of(TOWN), QUARTER, p -> { }));
        assertThat(again.figuresSha256()).isEqualTo(pack.figuresSha256());
        assertThat(again.changes()).isEmpty();
        assertThat(again.previousId()).isPresent();

        Map<String, Object> victim = users.asSystem(() -> jdbc().queryForMap("""
                SELECT id, rating FROM service_request WHERE village_code LIKE ? AND created_at >= ? AND created_at < ?
                AND rating = 'SATISFIED' ORDER BY id LIMIT 1""", period()));
        try {
            users.asSystem(() -> jdbc().update("UPDATE service_request SET rating = 'UNSATISFIED' WHERE id = ?",
                    victim.get("id")));
            Pack changed = Scopes.runAs(ReviewQueriesIT.SECRETARY,
                    () -> packs.generate(AreaCode.of(TOWN), QUARTER, p -> { }));
            assertThat(changed.figuresSha256()).isNotEqualTo(pack.figuresSha256());
            long satisfied = pack.figures().getLong("summary.satisfied");
            assertThat(changed.changes()).contains("summary.satisfied: " + satisfied + " → " + (satisfied - 1));
            long dashboard = pack.figures().getLong("dash.kpi.satisfied");   // 满意 + 基本满意 on the dashboard
            assertThat(changed.changes()).contains("dash.kpi.satisfied: " + dashboard + " → " + (dashboard - 1));
            assertThat(changed.changes()).allSatisfy(c -> assertThat(c).matches(
                    "(summary|village|dash|stars)\\..*: \\d+ → \\d+"));
            assertThat(users.asSystem(() -> Scopes.runAs(ReviewQueriesIT.SECRETARY,
                    () -> packs.archive(AreaCode.of(TOWN))))).hasSizeGreaterThanOrEqualTo(3);
        } finally {
            users.asSystem(() -> jdbc().update("UPDATE service_request SET rating = 'SATISFIED' WHERE id = ?",
                    victim.get("id")));
        }
    }

    /** assigned, visited for the households under {@code prefix}, by the per-household rule of CoverageIT. */
    private long[] coverage(String prefix) {
        Map<String, Object> m = users.asSystem(() -> jdbc().queryForMap("""
                SELECT count(*) AS assigned,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                      AND v.visited_at >= ? AND v.visited_at < ?)) AS visited
                FROM household h
                WHERE h.village_code LIKE ?
                  AND EXISTS (SELECT 1 FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                              WHERE ll.household_id = h.id
                                AND greatest(ll.valid_from, al.valid_from, ?::timestamptz)
                                    < least(coalesce(ll.valid_to, 'infinity'), coalesce(al.valid_to, 'infinity'), ?::timestamptz))
                """, Timestamp.from(Q.from()), Timestamp.from(Q.to()), prefix.endsWith("%") ? prefix : prefix + "%",
                Timestamp.from(Q.from()), Timestamp.from(Q.to())));
        return new long[] {((Number) m.get("assigned")).longValue(), ((Number) m.get("visited")).longValue()};
    }
}
