package org.gridatlas.webapp.dashboard.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.analytics.dashboard.PostStars;

/** Star ratings of service posts (seed 001 篇7): counts per star, then every post with its rates. */
class StarsPanel extends VerticalLayout {

    StarsPanel(List<PostStars> posts, Function<String, String> t) {
        setPadding(false);
        long[] perStar = new long[4];
        posts.forEach(p -> perStar[p.stars()]++);
        Span counts = new Span(String.format(t.apply("dashboard.stars.counts"), perStar[3], perStar[2], perStar[1],
                perStar[0]));
        counts.setId("stars-counts");
        Grid<PostStars> grid = new Grid<>();
        grid.setId("stars-grid");
        grid.addColumn(p -> stars(p.stars())).setHeader(t.apply("dashboard.stars.stars")).setAutoWidth(true);
        grid.addColumn(PostStars::name).setHeader(t.apply("dashboard.stars.post")).setFlexGrow(2);
        grid.addColumn(p -> t.apply("dashboard.post." + p.kind())).setHeader(t.apply("dashboard.stars.kind"));
        grid.addColumn(p -> DashboardCharts.percent(p.satisfactionRate(), p.rated()) + " (" + p.rated() + ")")
                .setHeader(t.apply("dashboard.kpi.satisfaction"));
        grid.addColumn(p -> DashboardCharts.percent(p.completionRate(), p.requests()) + " (" + p.requests() + ")")
                .setHeader(t.apply("dashboard.kpi.completion"));
        grid.addColumn(p -> DashboardCharts.percent(p.disputeSuccessRate(), p.disputesClosed()) + " ("
                + p.disputesClosed() + ")").setHeader(t.apply("dashboard.stars.disputes"));
        grid.setItems(posts);
        grid.setHeight("360px");
        add(new H4(t.apply("dashboard.stars.title")), new Span(t.apply("dashboard.stars.rule")), counts, grid);
    }

    static String stars(int n) {
        return n == 0 ? "–" : "★".repeat(n) + "☆".repeat(3 - n);
    }
}
