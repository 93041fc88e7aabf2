package org.gridatlas.webapp.dashboard.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import org.gridatlas.analytics.dashboard.UnitFigures;

/** Towns (or villages) ranked, every figure in one table beside the chart. */
class RankedGrid extends Grid<UnitFigures> {

    RankedGrid(List<UnitFigures> units, Function<String, String> t) {
        setId("ranked-grid");
        addColumn(u -> units.indexOf(u) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        addColumn(UnitFigures::name).setHeader(t.apply("dashboard.area")).setFlexGrow(2);
        addColumn(u -> String.format("%,d", u.households())).setHeader(t.apply("dashboard.kpi.households"));
        addColumn(UnitFigures::requests).setHeader(t.apply("dashboard.kpi.requests"));
        addColumn(u -> DashboardCharts.percent(u.completionRate(), u.requests())).setHeader(t.apply("dashboard.kpi.completion"));
        addColumn(u -> DashboardCharts.percent(u.satisfactionRate(), u.rated())).setHeader(t.apply("dashboard.kpi.satisfaction"));
        addColumn(u -> DashboardCharts.percent(u.coverageRate(), u.assigned())).setHeader(t.apply("dashboard.kpi.coverage"));
        addColumn(UnitFigures::overdue).setHeader(t.apply("dashboard.kpi.overdue"));
        addColumn(u -> String.format("%.1f", u.requestsPerThousand())).setHeader(t.apply("dashboard.per-thousand"));
        setItems(units);
        setAllRowsVisible(units.size() <= 25);
        if (units.size() > 25) {
            setHeight("480px");
        }
    }
}
