package org.gridatlas.webapp.dashboard.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.dashboard.UnitFigures;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.webapp.base.ui.EChart;
import org.gridatlas.webapp.security.CurrentUser;

/**
 * 季度看板: KPI tiles, monthly trend, categories, towns (or villages) ranked, quota compliance and star ratings for a
 * quarter and an area; {@code ?q=2025Q1&area=320481106} keeps the choice in the URL. The structural counts (towns,
 * villages, grid areas …) stay on 概览; this screen holds the quarter's performance figures.
 */
@Route("dashboard")
@RolesAllowed({"COUNTY_LEADER", "TOWN_SECRETARY", "SUPERVISOR", "ADMIN"})
// the route's own chunk must carry the web components it creates (Vaadin bundles per route)
@JsModule("./components/ga-chart.js")
@CssImport("./components/dashboard/dashboard.css")
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardQueries queries;
    private final AreaQuarterPicker picker;
    private final Div content = new Div();
    private final AreaCode viewArea = CurrentUser.viewArea();

    DashboardView(DashboardQueries queries, DivisionQuery divisions) {
        this.queries = queries;
        this.picker = new AreaQuarterPicker(divisions, viewArea, queries.quartersWithData(viewArea.code()),
                getTranslation("dashboard.quarter"), getTranslation("dashboard.area"));
        picker.onChange((q, area) -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class, params(q, area))));
        Button meeting = new Button(getTranslation("dashboard.meeting"), VaadinIcon.PRESENTATION.create());
        meeting.setId("open-meeting");
        meeting.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("meeting",
                params(picker.quarter(), picker.area()))));
        HorizontalLayout bar = new HorizontalLayout(new H3(getTranslation("dashboard.title")), picker, meeting);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        content.setWidthFull();
        add(bar, content);
        setMaxWidth("1300px");
    }

    static QueryParameters params(Quarter q, String area) {
        return QueryParameters.simple(Map.of("q", q.toString(), "area", area));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        String asked = first(p, "area");
        String area = asked != null && picker.areas().stream().anyMatch(a -> a.code().equals(asked))
                ? asked : picker.areas().getFirst().code();
        String q = first(p, "q");
        Quarter quarter;
        try {
            quarter = q == null ? queries.latestQuarter(area) : Quarter.parse(q);
        } catch (IllegalArgumentException e) {
            quarter = queries.latestQuarter(area);
        }
        picker.select(quarter, area);
        show(quarter, area);
    }

    private void show(Quarter q, String area) {
        content.removeAll();
        var overview = queries.overview(q, area);
        var labels = new DashboardCharts.Labels(getTranslation("dashboard.trend.title"),
                getTranslation("dashboard.kpi.requests"), getTranslation("dashboard.kpi.completion"),
                getTranslation("dashboard.kpi.satisfaction"), getTranslation("dashboard.kpi.overdue"));
        EChart trend = chart("chart-trend", DashboardCharts.trend(queries.trends(q, area, 12), labels,
                DashboardCharts.Palette.SCREEN), 380);
        EChart categories = chart("chart-categories", DashboardCharts.categories(queries.categories(q, area),
                getTranslation("dashboard.categories.title"), DashboardCharts.Palette.SCREEN), 380);
        List<UnitFigures> ranked = overview.ranked();
        String unitKey = area.length() == 6 ? "dashboard.ranked.towns" : "dashboard.ranked.villages";
        EChart rankedChart = chart("chart-ranked", DashboardCharts.rankedBars(ranked, getTranslation(unitKey),
                getTranslation("dashboard.kpi.completion"), UnitFigures::completionRate, DashboardCharts.Palette.SCREEN),
                Math.max(300, 30 * ranked.size() + 70));
        HorizontalLayout charts = new HorizontalLayout(trend, categories);
        charts.setWidthFull();
        trend.setWidth("60%");
        categories.setWidth("40%");
        content.add(new KpiTiles(overview.kpis(), this::getTranslation), charts, rankedChart,
                new RankedGrid(ranked, this::getTranslation),
                new QuotaPanel(queries.quota(q, area), this::getTranslation),
                new StarsPanel(queries.stars(q, area), this::getTranslation));
    }

    private static EChart chart(String id, String option, int height) {
        EChart c = new EChart();
        c.setId(id);
        c.setHeight(height + "px");
        c.setOption(option);
        return c;
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.title");
    }
}
