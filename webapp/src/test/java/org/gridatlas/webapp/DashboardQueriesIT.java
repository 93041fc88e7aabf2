package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Kpis;
import org.gridatlas.analytics.dashboard.MonthTrend;
import org.gridatlas.analytics.dashboard.PostStars;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.dashboard.QuotaRow;
import org.gridatlas.analytics.dashboard.UnitFigures;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures on the Liyang demo: consistent with each other, scoped, and refusing bad input. */
class DashboardQueriesIT extends IntegrationTest {

    private static final Quarter Q1 = Quarter.parse("2025Q1");

    @Autowired
    TestUsers users;

    @Autowired
    DashboardQueries dashboard;

    @Test
    void the_towns_ranked_add_up_to_the_county_kpis() {
        users.all();
        var overview = users.asSystem(() -> dashboard.overview(Q1, "320481"));
        Kpis k = overview.kpis();
        List<UnitFigures> towns = overview.ranked();
        assertThat(towns).hasSizeGreaterThanOrEqualTo(12).allSatisfy(t -> assertThat(t.code()).hasSize(9));
        assertThat(k.figures().requests()).isPositive()
                .isEqualTo(towns.stream().mapToLong(UnitFigures::requests).sum());
        assertThat(k.figures().completed()).isEqualTo(towns.stream().mapToLong(UnitFigures::completed).sum());
        assertThat(k.figures().households()).isEqualTo(towns.stream().mapToLong(UnitFigures::households).sum());
        assertThat(k.figures().assigned()).isPositive().isEqualTo(towns.stream().mapToLong(UnitFigures::assigned).sum());
        assertThat(k.figures().completionRate()).isBetween(0.5, 1.0);
        assertThat(k.agents()).isPositive();
        assertThat(towns.getFirst().completionRate()).isGreaterThanOrEqualTo(towns.getLast().completionRate());
        assertThat(overview.gaps()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.rate()).isLessThanOrEqualTo(k.figures().coverageRate() + 1e-9));
    }

    @Test
    void a_towns_dashboard_ranks_its_villages_and_the_trend_ends_with_the_quarter() {
        users.all();
        String town = TestUsers.OWN_TOWN;
        List<UnitFigures> villages = users.asSystem(() -> dashboard.ranked(Q1, town));
        assertThat(villages).isNotEmpty().allSatisfy(v -> assertThat(v.code()).hasSize(12).startsWith(town));
        List<MonthTrend> trend = users.asSystem(() -> dashboard.trends(Q1, town, 12));
        assertThat(trend).hasSize(12);
        assertThat(trend.getLast().month()).hasToString("2025-03");
        long quarterRequests = trend.subList(9, 12).stream().mapToLong(m -> m.figures().requests()).sum();
        assertThat(quarterRequests).isEqualTo(users.asSystem(() -> dashboard.kpis(Q1, town)).figures().requests());
    }

    @Test
    void the_quarter_picker_offers_every_quarter_from_the_first_request_to_the_latest_newest_first() {
        users.all();
        String town = TestUsers.OWN_TOWN;
        List<Quarter> quarters = users.asSystem(() -> dashboard.quartersWithData(town));
        java.sql.Timestamp first = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(created_at) FROM service_request WHERE village_code LIKE ? || '%'", java.sql.Timestamp.class, town));
        Quarter earliest = Quarter.of(java.time.LocalDate.ofInstant(first.toInstant(), Quarter.ZONE));
        assertThat(quarters.getFirst()).isEqualTo(users.asSystem(() -> dashboard.latestQuarter(town)));
        assertThat(quarters.getLast()).isEqualTo(earliest);
        assertThat(quarters).contains(Quarter.parse("2024Q4"), Q1).doesNotHaveDuplicates();
        for (int i = 1; i < quarters.size(); i++) {
            assertThat(quarters.get(i)).isEqualTo(quarters.get(i - 1).previous());
        }
    }

    @Test
    void a_town_secretary_sees_nothing_of_another_town() {
        users.all();
        Scope secretary = new Scope("secretary-test", "TOWN_SECRETARY", TestUsers.OWN_TOWN, TestUsers.OWN_TOWN);
        Kpis foreign = Scopes.runAs(secretary, () -> dashboard.kpis(Q1, TestUsers.OTHER_TOWN));
        assertThat(foreign.figures().requests()).isZero();
        assertThat(foreign.figures().households()).isZero();
        Kpis own = Scopes.runAs(secretary, () -> dashboard.kpis(Q1, TestUsers.OWN_TOWN));
        assertThat(own.figures().requests()).isPositive();
    }

    @Test
    void quota_rows_mask_names_and_stars_stay_between_zero_and_three() {
        users.all();
        List<QuotaRow> quota = users.asSystem(() -> dashboard.quota(Q1, TestUsers.OWN_TOWN));
        assertThat(quota).isNotEmpty().allSatisfy(r -> {
            assertThat(r.name()).contains("*");
            assertThat(r.periodsJudged()).isEqualTo(r.level() == org.gridatlas.analytics.dashboard.QuotaRule.Level.TOWN ? 12 : 3);
            assertThat(r.periodsMet()).isBetween(0, r.periodsJudged());
        });
        List<PostStars> stars = users.asSystem(() -> dashboard.stars(Q1, TestUsers.OWN_TOWN));
        assertThat(stars).isNotEmpty().allSatisfy(p -> assertThat(p.stars()).isBetween(0, 3));
        assertThat(stars.getFirst().stars()).isGreaterThanOrEqualTo(stars.getLast().stars());
    }

    @Test
    void an_area_that_is_not_a_county_town_or_village_is_refused() {
        assertThatThrownBy(() -> dashboard.kpis(Q1, "3204")).hasMessageContaining("3204");
        assertThatThrownBy(() -> dashboard.kpis(Q1, "32048x")).hasMessageContaining("area");
    }
}
