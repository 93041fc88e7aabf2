package org.gridatlas.webapp.meeting.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.gridatlas.analytics.dashboard.CoverageGap;
import org.gridatlas.analytics.dashboard.Hotspot;
import org.gridatlas.analytics.dashboard.PostStars;
import org.gridatlas.analytics.dashboard.UnitFigures;
import org.gridatlas.webapp.base.ui.EChart;
import org.gridatlas.webapp.base.ui.MapLibreMap;
import org.gridatlas.webapp.dashboard.ui.DashboardCharts;
import org.gridatlas.webapp.dashboard.ui.DashboardCharts.Palette;
import org.gridatlas.webapp.dashboard.ui.KpiTiles;

/** The five slides of meeting mode for one area, in the projector palette. */
class MeetingSlides {

    private final MeetingData data;
    private final Function<String, String> t;
    private final Consumer<String> drill;

    MeetingSlides(MeetingData data, Function<String, String> t, Consumer<String> drill) {
        this.data = data;
        this.t = t;
        this.drill = drill;
    }

    Component overview() {
        KpiTiles tiles = new KpiTiles(data.overview().kpis(), t);
        tiles.getStyle().set("flex", "0 0 46%");
        var labels = new DashboardCharts.Labels(t.apply("dashboard.trend.title"), t.apply("dashboard.kpi.requests"),
                t.apply("dashboard.kpi.completion"), t.apply("dashboard.kpi.satisfaction"), t.apply("dashboard.kpi.overdue"));
        return row(tiles, chart("meeting-trend", DashboardCharts.trend(data.trend(), labels, Palette.PROJECTOR)));
    }

    /** Units ranked by 办结率; a click on a town's bar or button drills the meeting into that town. */
    Component ranked() {
        List<UnitFigures> units = data.overview().ranked();
        String key = data.code().length() == 6 ? "dashboard.ranked.towns" : "dashboard.ranked.villages";
        EChart chart = chart("meeting-ranked", DashboardCharts.rankedBars(units, t.apply(key),
                t.apply("dashboard.kpi.completion"), UnitFigures::completionRate, Palette.PROJECTOR));
        if (data.code().length() != 6) {
            return row(chart);
        }
        chart.getElement().addEventListener("ga-chart-click", e -> {
            String name = e.getEventData().get("event.detail.name").asString();
            units.stream().filter(u -> u.name().equals(name)).findFirst().ifPresent(u -> drill.accept(u.code()));
        }).addEventData("event.detail.name");
        Div towns = new Div();
        towns.addClassName("ga-meeting-towns");
        towns.setId("meeting-towns");
        for (UnitFigures u : units) {
            NativeButton b = new NativeButton(u.name(), e -> drill.accept(u.code()));
            b.getElement().setAttribute("data-code", u.code());
            towns.add(b);
        }
        return row(chart, towns);
    }

    /** Villages with the most open requests per 1,000 households: bars, and the map with the requests layer. */
    Component hotspots() {
        List<Hotspot> spots = data.hotspots();
        EChart chart = chart("meeting-hotspots", DashboardCharts.bars(t.apply("meeting.hotspots.chart"),
                t.apply("meeting.hotspots.chart"), spots.stream().map(h -> h.name() + "（" + h.townName() + "）").toList(),
                spots.stream().map(h -> DashboardCharts.round1(h.openPerThousand())).toList(), "{c}‰", Palette.PROJECTOR));
        MapLibreMap map = new MapLibreMap();
        map.setId("meeting-map");
        map.setInitialLayers("towns,villages,requests");
        var box = data.bbox();
        if (box != null) {
            map.setInitialView((box.west() + box.east()) / 2, (box.south() + box.north()) / 2,
                    data.code().length() == 6 ? 9.5 : data.code().length() == 9 ? 11.5 : 13.5);
        }
        if (!spots.isEmpty()) {
            map.getElement().executeJs("const m = this; const c = $0;"
                    + "const go = () => m.highlight ? m.highlight('villages', c) : null;"
                    + "if (m.map) { m.map.once('idle', go); } else { setTimeout(go, 1500); }", spots.getFirst().code());
        }
        Div mapBox = new Div(map);
        mapBox.getStyle().set("height", "100%");
        return row(chart, mapBox);
    }

    /** Villages with the most assigned households left unvisited in the quarter. */
    Component gaps() {
        List<CoverageGap> gaps = data.overview().gaps().stream()
                .sorted(Comparator.comparingLong(CoverageGap::unvisited).reversed()).toList();
        EChart chart = chart("meeting-gaps", DashboardCharts.bars(t.apply("meeting.gaps.chart"),
                t.apply("meeting.gaps.chart"), gaps.stream().map(CoverageGap::name).toList(),
                gaps.stream().map(CoverageGap::unvisited).toList(), "{c}", Palette.PROJECTOR));
        OrderedList list = new OrderedList();
        list.addClassName("ga-meeting-list");
        gaps.forEach(g -> list.add(new ListItem(g.name() + " · " + t.apply("meeting.gaps.rate") + " "
                + DashboardCharts.percent(g.rate(), g.assigned()) + " (" + g.visited() + " / " + g.assigned() + ")")));
        return row(chart, list);
    }

    Component stars() {
        List<PostStars> posts = data.stars();
        long[] per = new long[4];
        posts.forEach(p -> per[p.stars()]++);
        EChart chart = chart("meeting-stars", DashboardCharts.bars(t.apply("dashboard.stars.title"),
                t.apply("dashboard.stars.stars"), List.of("★★★", "★★", "★", "–"), List.of(per[3], per[2], per[1], per[0]),
                "{c}", Palette.PROJECTOR));
        OrderedList list = new OrderedList();
        list.addClassName("ga-meeting-list");
        list.setId("meeting-top-posts");
        posts.stream().filter(p -> p.stars() > 0).limit(8).forEach(p -> {
            Span s = new Span("★".repeat(p.stars()) + " ");
            s.addClassName("ga-star");
            list.add(new ListItem(s, new Span(p.name() + " · " + t.apply("dashboard.kpi.satisfaction") + " "
                    + DashboardCharts.percent(p.satisfactionRate(), p.rated()) + " · " + t.apply("dashboard.kpi.completion")
                    + " " + DashboardCharts.percent(p.completionRate(), p.requests()))));
        });
        Div right = new Div(new Span(t.apply("meeting.stars.top")), list);
        return row(chart, right);
    }

    private static EChart chart(String id, String option) {
        EChart c = new EChart();
        c.setId(id);
        c.setHeight("100%");
        c.setOption(option);
        return c;
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.getStyle().set("display", "flex").set("gap", "2vw").set("height", "100%").set("width", "100%");
        for (Component p : parts) {
            if (p instanceof com.vaadin.flow.component.HasStyle s && s.getStyle().get("flex") == null) {
                s.getStyle().set("flex", "1").set("min-width", "0");
            }
        }
        return row;
    }
}
