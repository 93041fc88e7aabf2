package org.gridatlas.webapp.dashboard.ui;

import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.gridatlas.analytics.dashboard.Kpis;
import org.gridatlas.analytics.dashboard.UnitFigures;

/** The eight KPI tiles of a quarter: households, agents, requests, 办结率, 满意率, coverage, overdue, 矛盾不上交. */
public class KpiTiles extends FlexLayout {

    public KpiTiles(Kpis k, Function<String, String> t) {
        UnitFigures f = k.figures();
        add(tile("households", String.format("%,d", f.households()), t.apply("dashboard.kpi.households"), null),
                tile("agents", String.format("%,d", k.agents()), t.apply("dashboard.kpi.agents"), null),
                tile("requests", String.format("%,d", f.requests()), t.apply("dashboard.kpi.requests"), null),
                tile("completion", DashboardCharts.percent(f.completionRate(), f.requests()),
                        t.apply("dashboard.kpi.completion"), f.completed() + " / " + f.requests()),
                tile("satisfaction", DashboardCharts.percent(f.satisfactionRate(), f.rated()),
                        t.apply("dashboard.kpi.satisfaction"), f.satisfied() + " / " + f.rated()),
                tile("coverage", DashboardCharts.percent(f.coverageRate(), f.assigned()),
                        t.apply("dashboard.kpi.coverage"), String.format("%,d / %,d", f.visited(), f.assigned())),
                tile("overdue", String.format("%,d", f.overdue()), t.apply("dashboard.kpi.overdue"),
                        t.apply("dashboard.kpi.open") + " " + f.open()),
                tile("settled", DashboardCharts.percent(k.settledShare(), k.disputesClosed()),
                        t.apply("dashboard.kpi.settled"), k.disputesSettledBelowTown() + " / " + k.disputesClosed()));
        setFlexWrap(FlexWrap.WRAP);
        addClassName("ga-kpis");
        setId("dashboard-kpis");
    }

    private static Div tile(String id, String value, String label, String detail) {
        Span number = new Span(value);
        number.addClassName("ga-kpi-value");
        Div tile = new Div(number, new Span(label));
        tile.getChildren().skip(1).forEach(c -> c.addClassName("ga-kpi-label"));
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("ga-kpi-detail");
            tile.add(d);
        }
        tile.addClassName("ga-kpi");
        tile.setId("kpi-" + id);
        return tile;
    }
}
