package org.gridatlas.webapp.overview.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.analytics.summary.Summary;
import org.gridatlas.analytics.summary.SummaryQuery;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.webapp.security.CurrentUser;
import org.gridatlas.webapp.base.ui.ChartOptions;
import org.gridatlas.webapp.base.ui.EChart;

/** 概览: headline counts and households per town (ECharts). */
@Route("overview")
@PermitAll
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    OverviewView(SummaryQuery summaries, DivisionQuery divisions) {
        AreaCode area = CurrentUser.viewArea();
        Summary s = summaries.forArea(area);
        FlexLayout tiles = new FlexLayout(
                tile("kpi.towns", s.towns()), tile("kpi.villages", s.villages()), tile("kpi.grid-areas", s.gridAreas()),
                tile("kpi.groups", s.groups()), tile("kpi.households", s.households()), tile("kpi.agents", s.agents()),
                tile("kpi.liaisons", s.liaisons()));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.addClassName("ga-kpis");

        List<DivisionNode> towns = divisions.tree(area).stream()
                .filter(n -> n.level().equals("TOWN") && n.holdsHouseholds())
                .sorted((a, b) -> Long.compare(b.households(), a.households()))
                .toList();
        EChart chart = new EChart();
        chart.setId("households-per-town");
        chart.setHeight(Math.max(320, 34 * towns.size() + 60) + "px");
        chart.setOption(ChartOptions.horizontalBars(getTranslation("overview.households-per-town"),
                getTranslation("kpi.households"),
                towns.stream().map(DivisionNode::name).toList(),
                towns.stream().map(DivisionNode::households).toList()));
        add(new H3(getTranslation("overview.title")), tiles, chart);
        setMaxWidth("1100px");
    }

    private Div tile(String key, long value) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("ga-kpi-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("ga-kpi-label");
        Div tile = new Div(number, label);
        tile.addClassName("ga-kpi");
        tile.setId("kpi-" + key.substring(4));
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.title");
    }
}
