package org.gridatlas.analytics.review.pack;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.analytics.dashboard.CategoryCount;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Kpis;
import org.gridatlas.analytics.dashboard.MonthTrend;
import org.gridatlas.analytics.dashboard.UnitFigures;
import org.springframework.stereotype.Component;

/**
 * The dashboard in the pack: the KPI tiles as a table (numerator and denominator of every rate), the monthly trend
 * (twelve months ending with the quarter), requests by category and the towns (or villages) ranked by 办结率, each
 * chart drawn as vector graphics with its numbers in a table below. Figures come from {@link DashboardQueries}, so
 * the pack and the dashboard screen agree (dashboard definitions, see the note printed with the KPI table).
 */
@Component
class DashboardSection implements PackSection {

    static final int TREND_MONTHS = 12;

    private final DashboardQueries dashboard;

    DashboardSection(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String id() {
        return "dash";
    }

    @Override
    public Rendered render(PackContext ctx) {
        var q = PackData.dashboardQuarter(ctx);
        String area = ctx.areaCode().code();
        DashboardQueries.Overview overview = PackData.overview(ctx, dashboard);
        List<MonthTrend> trend = dashboard.trends(q, area, TREND_MONTHS);
        List<CategoryCount> categories = dashboard.categories(q, area);
        Kpis k = overview.kpis();
        UnitFigures u = k.figures();
        Figures f = new Figures();
        f.put("dash.kpi.households", u.households()).put("dash.kpi.agents", k.agents())
                .put("dash.kpi.requests", u.requests()).put("dash.kpi.completed", u.completed())
                .put("dash.kpi.rated", u.rated()).put("dash.kpi.satisfied", u.satisfied())
                .put("dash.kpi.assigned", u.assigned()).put("dash.kpi.visited", u.visited())
                .put("dash.kpi.open", u.open()).put("dash.kpi.overdue", u.overdue())
                .put("dash.kpi.disputes_closed", k.disputesClosed())
                .put("dash.kpi.disputes_settled", k.disputesSettledBelowTown());
        for (MonthTrend m : trend) {
            String key = "dash.trend." + m.month() + ".";
            UnitFigures t = m.figures();
            f.put(key + "requests", t.requests()).put(key + "completed", t.completed()).put(key + "rated", t.rated())
                    .put(key + "satisfied", t.satisfied()).put(key + "overdue", t.overdue());
        }
        for (CategoryCount c : categories) {
            f.put("dash.category." + c.category(), c.requests());
        }
        for (UnitFigures r : overview.ranked()) {
            String key = "dash.ranked." + r.code() + ".";
            f.put(key + "households", r.households()).put(key + "requests", r.requests())
                    .put(key + "completed", r.completed()).put(key + "rated", r.rated())
                    .put(key + "satisfied", r.satisfied()).put(key + "open", r.open())
                    .put(key + "overdue", r.overdue()).put(key + "assigned", r.assigned())
                    .put(key + "visited", r.visited());
        }
        String units = ctx.areaCode().code().length() == 6 ? "镇(街道)" : "村(社区)";
        return new Rendered(f, pdf -> {
            kpiPage(pdf, ctx, k, trend);
            pdf.newPage();
            rankedPage(pdf, ctx, overview.ranked(), categories, units);
        });
    }

    private static void kpiPage(PackPdf pdf, PackContext ctx, Kpis k, List<MonthTrend> trend) {
        UnitFigures u = k.figures();
        pdf.heading("看板指标 Dashboard KPIs · " + ctx.area().name() + " · " + ctx.quarter());
        pdf.table(new float[] {3, 2, 2, 2}, List.of("指标 KPI", "分子 Numerator", "分母 Denominator", "值 Value"), List.of(
                List.of("户数 Households", Long.toString(u.households()), "", Long.toString(u.households())),
                List.of("代办员 Agents (active)", Long.toString(k.agents()), "", Long.toString(k.agents())),
                List.of("诉求 Requests", Long.toString(u.requests()), "", Long.toString(u.requests())),
                List.of("办结率 Completion", Long.toString(u.completed()), Long.toString(u.requests()),
                        PackData.percent(u.completed(), u.requests())),
                List.of("满意率 Satisfaction", Long.toString(u.satisfied()), Long.toString(u.rated()),
                        PackData.percent(u.satisfied(), u.rated())),
                List.of("走访覆盖率 Visit coverage", Long.toString(u.visited()), Long.toString(u.assigned()),
                        PackData.percent(u.visited(), u.assigned())),
                List.of("超期 Overdue (季末未办结 open " + u.open() + ")", Long.toString(u.overdue()), "",
                        Long.toString(u.overdue())),
                List.of("矛盾不上交 Disputes settled at or below the village", Long.toString(k.disputesSettledBelowTown()),
                        Long.toString(k.disputesClosed()), PackData.percent(k.disputesSettledBelowTown(),
                                k.disputesClosed()))));
        pdf.note("看板口径（与季度看板一致）：办结 = 本季度登记、季末前已答复或已办结（含退回件）的诉求；满意 = 满意 + 基本满意；"
                + "超期 = 季末仍未办结且已过期限的诉求（不论何时登记）；矛盾不上交 = 本季度办结的矛盾纠纷中在村级及以下化解的；"
                + "走访覆盖率同首页。首页“总体指标”按季度点评口径（办结率不含退回件，满意率只计“满意”），两者可不同。");
        List<String> months = trend.stream().map(m -> m.month().toString()).toList();
        pdf.chart(pdf.pageWidth(), 185, (g, fonts) -> PackCharts.trend(g, fonts, pdf.pageWidth(), 185,
                "月度趋势 Monthly trend（" + months.getFirst() + " 至 " + months.getLast() + "）", months, List.of(
                        new PackCharts.Series("诉求 Requests", values(trend, t -> (double) t.requests()), false, true),
                        new PackCharts.Series("办结率 %", values(trend, t -> pct(t.completed(), t.requests())), true, false),
                        new PackCharts.Series("满意率 %", values(trend, t -> pct(t.satisfied(), t.rated())), true, false),
                        new PackCharts.Series("超期 Overdue", values(trend, t -> (double) t.overdue()), false, false))));
        List<String> header = new ArrayList<>(List.of("月份"));
        header.addAll(months.stream().map(m -> m.substring(2)).toList());
        List<List<String>> rows = List.of(
                row("诉求", trend, t -> Long.toString(t.requests())),
                row("办结/诉求", trend, t -> t.completed() + "/" + t.requests()),
                row("办结率", trend, t -> PackData.percent(t.completed(), t.requests())),
                row("满意/评价", trend, t -> t.satisfied() + "/" + t.rated()),
                row("满意率", trend, t -> PackData.percent(t.satisfied(), t.rated())),
                row("超期", trend, t -> Long.toString(t.overdue())));
        float[] widths = new float[months.size() + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 1.3f;
        pdf.table(widths, header, rows);
    }

    private static void rankedPage(PackPdf pdf, PackContext ctx, List<UnitFigures> ranked,
            List<CategoryCount> categories, String units) {
        pdf.heading("类别与排名 Categories and " + units + " ranked · " + ctx.quarter());
        float h = Math.max(200, Math.min(300, 12f * Math.max(ranked.size(), categories.size()) + 30));
        float w = pdf.pageWidth() / 2 - 8;
        pdf.chartPair(h,
                (g, fonts) -> PackCharts.bars(g, fonts, w, h, "诉求类别 Requests by category",
                        categories.stream().map(CategoryCount::category).toList(),
                        categories.stream().map(c -> (double) c.requests()).toList(), "%.0f", 0),
                (g, fonts) -> PackCharts.bars(g, fonts, w, h, units + "办结率排名 Ranked by completion",
                        ranked.stream().map(UnitFigures::name).toList(),
                        ranked.stream().map(r -> pct(r.completed(), r.requests())).toList(), "%.1f%%", 100));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            UnitFigures r = ranked.get(i);
            rows.add(List.of(Integer.toString(i + 1), r.name(), r.code(), Long.toString(r.households()),
                    r.completed() + "/" + r.requests(), PackData.percent(r.completed(), r.requests()),
                    r.satisfied() + "/" + r.rated(), PackData.percent(r.satisfied(), r.rated()),
                    r.visited() + "/" + r.assigned(), PackData.percent(r.visited(), r.assigned()),
                    Long.toString(r.open()), Long.toString(r.overdue())));
        }
        pdf.table(new float[] {0.6f, 2.6f, 2.4f, 1.3f, 1.6f, 1.2f, 1.6f, 1.2f, 2f, 1.2f, 1f, 1f},
                List.of("#", units, "代码", "户数", "办结/诉求", "办结率", "满意/评价", "满意率", "走访/应访", "覆盖率",
                        "季末未办结", "超期"), rows);
        long total = categories.stream().mapToLong(CategoryCount::requests).sum();
        List<List<String>> cats = categories.stream().map(c -> List.of(c.category(), Long.toString(c.requests()),
                PackData.percent(c.requests(), total))).toList();
        pdf.table(new float[] {4, 1.5f, 1.5f}, List.of("诉求类别 Category", "诉求 Requests", "占比 Share"), cats);
    }

    private static List<Double> values(List<MonthTrend> trend, java.util.function.ToDoubleFunction<UnitFigures> v) {
        return trend.stream().map(t -> v.applyAsDouble(t.figures())).toList();
    }

    private static List<String> row(String label, List<MonthTrend> trend,
            java.util.function.Function<UnitFigures, String> cell) {
        List<String> out = new ArrayList<>(List.of(label));
        trend.forEach(t -> out.add(cell.apply(t.figures())));
        return out;
    }

    /** part ÷ whole in %, NaN when the whole is 0 (no point drawn). */
    static double pct(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }
}
