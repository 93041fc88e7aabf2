package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.ClassMethod;
import org.gridatlas.analytics.review.DensityCell;
import org.gridatlas.analytics.review.HexCell;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.Period;
import org.gridatlas.analytics.review.PointMetric;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.RateMetric;
import org.gridatlas.analytics.review.RateUnit;
import org.gridatlas.analytics.review.ReviewLayer;
import org.gridatlas.analytics.review.ReviewMaps;
import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review's map queries on the Liyang demo against PostGIS's own hexagon grid and against the scope rules. */
class ReviewQueriesIT extends IntegrationTest {

    static final Period Q1 = Quarter.parse("2025Q1").period();
    static final Scope SECRETARY = new Scope("t_town_secretary", "TOWN_SECRETARY", TestUsers.OWN_TOWN,
            TestUsers.OWN_TOWN);

    @Autowired
    TestUsers users;
    @Autowired
    ReviewQueries queries;
    @Autowired
    ReviewMaps maps;

    @Test
    void hexagon_bins_equal_postgis_hexagon_grid_counts_in_the_county_zone() {
        users.all();
        List<HexCell> cells = users.asSystem(() -> queries.hexBins(AreaCode.of("320481"), Q1, PointMetric.REQUESTS, 1000));
        Map<String, Long> expected = users.asSystem(() -> users.jdbc().queryForList("""
                SELECT h.i, h.j, count(*) AS n
                FROM service_request r
                CROSS JOIN LATERAL ST_HexagonGrid(1000, ST_Transform(r.location, 4549)) h
                WHERE r.village_code LIKE '320481%' AND r.created_at >= ? AND r.created_at < ?
                  AND ST_Intersects(h.geom, ST_Transform(r.location, 4549))
                GROUP BY h.i, h.j
                """, java.sql.Timestamp.from(Q1.from()), java.sql.Timestamp.from(Q1.to()))).stream()
                .collect(Collectors.toMap(m -> m.get("i") + "," + m.get("j"), m -> ((Number) m.get("n")).longValue()));
        assertThat(cells).hasSizeGreaterThan(50);
        assertThat(cells.stream().collect(Collectors.toMap(c -> c.i() + "," + c.j(), HexCell::count)))
                .isEqualTo(expected);
        assertThat(cells.getFirst().geoJson()).startsWith("{\"type\":\"Polygon\"");
        assertThat(cells.getFirst().metric().getArea()).isCloseTo(1.5 * Math.sqrt(3) * 1000 * 1000, within(1.0));
    }

    @Test
    void kernel_density_sums_back_to_the_number_of_located_disputes() {
        users.all();
        AreaCode town = AreaCode.of(TestUsers.OWN_TOWN);
        List<DensityCell> cells = users.asSystem(() -> queries.density(town, Q1, PointMetric.DISPUTES, 1000, 100));
        long located = users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT count(*) FROM dispute WHERE village_code LIKE ? AND opened_at >= ? AND opened_at < ?
                AND location IS NOT NULL""", Long.class, TestUsers.OWN_TOWN + "%", java.sql.Timestamp.from(Q1.from()),
                java.sql.Timestamp.from(Q1.to())));
        double integral = cells.stream().mapToDouble(c -> c.perKm2() * 0.1 * 0.1).sum();
        assertThat(located).isPositive();
        assertThat(integral).isCloseTo(located, within(located * 0.02));
        assertThat(cells.getFirst().metric().getArea()).isCloseTo(100 * 100, within(0.01));   // drawn in the PNG/PDF
    }

    @Test
    void a_town_secretary_asking_for_the_county_sees_only_the_own_towns_items() {
        users.all();
        long own = users.asSystem(() -> queries.count(AreaCode.of(TestUsers.OWN_TOWN), Q1, PointMetric.REQUESTS));
        long county = users.asSystem(() -> queries.count(AreaCode.of("320481"), Q1, PointMetric.REQUESTS));
        long seen = Scopes.runAs(SECRETARY, () -> queries.count(AreaCode.of("320481"), Q1, PointMetric.REQUESTS));
        assertThat(county).isGreaterThan(own);
        assertThat(seen).isEqualTo(own).isPositive();
        assertThatThrownBy(() -> Scopes.runAs(SECRETARY, () -> queries.area(AreaCode.of(TestUsers.OTHER_TOWN))))
                .hasMessageContaining("in your scope");
    }

    @Test
    void four_quarters_share_one_legend_and_the_change_map_diverges_around_zero() {
        users.all();
        AreaCode county = AreaCode.of("320481");
        List<Period> four = Quarter.parse("2025Q1").lastN(4).stream().map(Quarter::period).toList();
        MapStyle style = MapStyle.choropleth(RateMetric.REQUESTS_PER_1000, RateUnit.VILLAGE, ClassMethod.QUANTILE, 5);
        List<ReviewLayer> layers = users.asSystem(() -> maps.compare(county, four, style));
        assertThat(layers).extracting(ReviewLayer::period).containsExactly("2024Q2", "2024Q3", "2024Q4", "2025Q1");
        assertThat(layers).allSatisfy(l -> assertThat(l.legend()).isSameAs(layers.getFirst().legend()));
        double max = layers.stream().flatMap(l -> l.features().stream()).mapToDouble(ReviewLayer.Feature::value)
                .filter(v -> !Double.isNaN(v)).max().orElseThrow();
        assertThat(layers.getFirst().legend().bounds()[layers.getFirst().legend().classes()]).isEqualTo(max);
        assertThat(layers.getFirst().notes()).anyMatch(n -> n.contains("2024Q2–2025Q1"));

        ReviewLayer change = users.asSystem(() -> maps.change(county, four.get(3), four.get(2),
                MapStyle.hex(PointMetric.REQUESTS, 1000, ClassMethod.EQUAL_INTERVAL, 5)));
        assertThat(change.legend().diverging()).isTrue();
        assertThat(change.legend().bounds()[0]).isEqualTo(-change.legend().bounds()[change.legend().classes()]);
        long q1 = users.asSystem(() -> queries.count(county, four.get(3), PointMetric.REQUESTS));
        long q4 = users.asSystem(() -> queries.count(county, four.get(2), PointMetric.REQUESTS));
        long located = users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT count(*) FILTER (WHERE created_at >= ? AND created_at < ?) - count(*) FILTER (WHERE created_at >= ?
                AND created_at < ?) FROM service_request WHERE village_code LIKE '320481%' AND location IS NOT NULL""",
                Long.class, java.sql.Timestamp.from(four.get(3).from()), java.sql.Timestamp.from(four.get(3).to()),
                java.sql.Timestamp.from(four.get(2).from()), java.sql.Timestamp.from(four.get(2).to())));
        assertThat(change.features().stream().mapToDouble(ReviewLayer.Feature::value).sum()).isEqualTo(located);
        assertThat(q1).isNotEqualTo(q4);
        assertThat(change.geoJson()).contains("\"color\":\"#");
    }

    @Test
    void bad_parameters_are_refused_naming_the_parameter() {
        users.all();
        assertThatThrownBy(() -> users.asSystem(() -> queries.hexBins(AreaCode.of("320481"), Q1, PointMetric.REQUESTS, 5)))
                .hasMessageContaining("hexagon size");
        assertThatThrownBy(() -> users.asSystem(() -> queries.density(AreaCode.of("320481"), Q1, PointMetric.REQUESTS, 5, 5)))
                .hasMessageContaining("density radius");
        assertThatThrownBy(() -> Quarter.parse("2025Q9")).hasMessageContaining("quarter must be like 2025Q2");
    }
}
