package org.gridatlas.webapp.dashboard.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.QuotaRow;
import org.gridatlas.analytics.dashboard.QuotaSummary;

/** Agent quota compliance (seed 001 篇6): one row per agent level, then the agents who missed it. */
class QuotaPanel extends VerticalLayout {

    QuotaPanel(List<QuotaRow> rows, Function<String, String> t) {
        setPadding(false);
        Grid<QuotaSummary> summary = new Grid<>();
        summary.setId("quota-summary");
        summary.addColumn(s -> t.apply("dashboard.level." + s.level())).setHeader(t.apply("dashboard.quota.level"));
        summary.addColumn(s -> t.apply("dashboard.quota.rule." + s.level())).setHeader(t.apply("dashboard.quota.rule"))
                .setFlexGrow(2);
        summary.addColumn(QuotaSummary::agents).setHeader(t.apply("dashboard.quota.agents"));
        summary.addColumn(QuotaSummary::compliant).setHeader(t.apply("dashboard.quota.compliant"));
        summary.addColumn(s -> DashboardCharts.percent(s.share(), s.judged())).setHeader(t.apply("dashboard.quota.share"));
        summary.setItems(DashboardQueries.summarise(rows));
        summary.setAllRowsVisible(true);

        List<QuotaRow> missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.meets()))
                .sorted(Comparator.comparingDouble((QuotaRow r) -> (double) r.periodsMet() / r.periodsJudged())
                        .thenComparing(QuotaRow::code))
                .toList();
        Grid<QuotaRow> agents = new Grid<>();
        agents.setId("quota-missed");
        agents.addColumn(QuotaRow::code).setHeader(t.apply("dashboard.quota.code")).setAutoWidth(true);
        agents.addColumn(QuotaRow::name).setHeader(t.apply("dashboard.quota.name"));
        agents.addColumn(r -> t.apply("dashboard.level." + r.level())).setHeader(t.apply("dashboard.quota.level"));
        agents.addColumn(QuotaRow::divisionName).setHeader(t.apply("dashboard.quota.division"));
        agents.addColumn(QuotaRow::items).setHeader(t.apply("dashboard.quota.items"));
        agents.addColumn(r -> r.periodsMet() + " / " + r.periodsJudged()).setHeader(t.apply("dashboard.quota.periods"));
        agents.setItems(missed);
        agents.setHeight("320px");
        add(new H4(t.apply("dashboard.quota.title")), summary,
                new Span(String.format(t.apply("dashboard.quota.missed"), missed.size())), agents);
    }
}
