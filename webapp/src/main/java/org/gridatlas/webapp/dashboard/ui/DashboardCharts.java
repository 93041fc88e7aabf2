package org.gridatlas.webapp.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.gridatlas.analytics.dashboard.CategoryCount;
import org.gridatlas.analytics.dashboard.MonthTrend;
import org.gridatlas.analytics.dashboard.UnitFigures;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options of the dashboard and of meeting mode, built from records (no JSON by hand). {@link Palette} holds
 * the colours: the screen palette, or the high-contrast projector palette (white and yellow on black, large type).
 */
public final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Colours and type size of a chart. */
    public record Palette(String background, String text, String grid, List<String> series, int fontSize) {
        public static final Palette SCREEN = new Palette("transparent", "#333333", "#e0e0e0",
                List.of("#1f6fb2", "#2e7d32", "#f57c00", "#c62828", "#6a1b9a", "#00838f", "#795548", "#546e7a"), 13);
        /** Projector: black ground, white text, saturated colours that survive a washed-out beam. */
        public static final Palette PROJECTOR = new Palette("#000000", "#ffffff", "#555555",
                List.of("#ffd400", "#00e5ff", "#ff4081", "#76ff03", "#ff9100", "#e040fb", "#ffffff", "#40c4ff"), 24);
    }

    private DashboardCharts() {
    }

    /** Monthly requests (bars) with 办结率 and 满意率 (lines, right axis, %). */
    public static String trend(List<MonthTrend> months, Labels l, Palette p) {
        Map<String, Object> o = base(l.trendTitle(), p);
        int legendTop = 2 * p.fontSize() + 10;
        o.put("legend", Map.of("top", legendTop, "textStyle", text(p)));
        o.put("grid", Map.of("left", 16, "right", 16, "top", legendTop + 2 * p.fontSize() + 10, "bottom", 8,
                "containLabel", true));
        o.put("xAxis", Map.of("type", "category", "data", months.stream().map(m -> m.month().toString()).toList(),
                "axisLabel", text(p)));
        o.put("yAxis", List.of(axis(p, null), axis(p, "{value}%")));
        o.put("series", List.of(
                series(l.requests(), "bar", months.stream().map(m -> m.figures().requests()).toList(), 0, p.series().get(0)),
                series(l.completion(), "line", pct(months, m -> m.figures().completionRate()), 1, p.series().get(1)),
                series(l.satisfaction(), "line", pct(months, m -> m.figures().satisfactionRate()), 1, p.series().get(2)),
                series(l.overdue(), "line", months.stream().map(m -> m.figures().overdue()).toList(), 0, p.series().get(3))));
        return JSON.writeValueAsString(o);
    }

    /** Requests per category as a pie. */
    public static String categories(List<CategoryCount> cats, String title, Palette p) {
        Map<String, Object> o = base(title, p);
        o.put("color", p.series());
        List<Map<String, Object>> data = new ArrayList<>();
        cats.forEach(c -> data.add(Map.of("name", c.category(), "value", c.requests())));
        o.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "center", List.of("50%", "55%"),
                "data", data, "label", Map.of("color", p.text(), "fontSize", p.fontSize(), "formatter", "{b}: {c}"))));
        return JSON.writeValueAsString(o);
    }

    /** One bar per unit for a rate in %, in the given order (best first). */
    public static String rankedBars(List<UnitFigures> units, String title, String seriesName,
                                    ToDoubleFunction<UnitFigures> rate, Palette p) {
        return bars(title, seriesName, units.stream().map(UnitFigures::name).toList(),
                units.stream().map(u -> round1(rate.applyAsDouble(u) * 100)).toList(), "{c}%", p);
    }

    /** Horizontal bars with any labels and values (values already in their unit). */
    public static String bars(String title, String seriesName, List<String> labels, List<? extends Number> values,
                              String labelFormat, Palette p) {
        Map<String, Object> o = base(title, p);
        o.put("grid", Map.of("left", 8, "right", 80, "top", 40 + p.fontSize(), "bottom", 8, "containLabel", true));
        o.put("xAxis", axis(p, null));
        o.put("yAxis", Map.of("type", "category", "data", labels, "inverse", true, "axisLabel", text(p)));
        o.put("series", List.of(Map.of("name", seriesName, "type", "bar", "data", values,
                "itemStyle", Map.of("color", p.series().get(0)),
                "label", Map.of("show", true, "position", "right", "formatter", labelFormat, "color", p.text(),
                        "fontSize", p.fontSize()))));
        return JSON.writeValueAsString(o);
    }

    /** The chart texts, translated by the caller. */
    public record Labels(String trendTitle, String requests, String completion, String satisfaction, String overdue) {
    }

    public static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** "93.4%" (one decimal; "–" when there is nothing to divide). */
    public static String percent(double rate, long whole) {
        return whole == 0 ? "–" : String.format("%.1f%%", rate * 100);
    }

    private static List<Double> pct(List<MonthTrend> months, ToDoubleFunction<MonthTrend> rate) {
        return months.stream().map(m -> round1(rate.applyAsDouble(m) * 100)).toList();
    }

    private static Map<String, Object> series(String name, String type, List<? extends Number> data, int axis, String colour) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type);
        s.put("data", data);
        s.put("yAxisIndex", axis);
        s.put("itemStyle", Map.of("color", colour));
        if (type.equals("line")) {
            s.put("lineStyle", Map.of("width", 3));
            s.put("symbolSize", 8);
        }
        return s;
    }

    private static Map<String, Object> axis(Palette p, String format) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", "value");
        Map<String, Object> label = new LinkedHashMap<>(text(p));
        if (format != null) {
            label.put("formatter", format);
            a.put("max", 100);
        }
        a.put("axisLabel", label);
        a.put("splitLine", Map.of("lineStyle", Map.of("color", p.grid())));
        return a;
    }

    private static Map<String, Object> text(Palette p) {
        return Map.of("color", p.text(), "fontSize", p.fontSize());
    }

    private static Map<String, Object> base(String title, Palette p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("backgroundColor", p.background());
        o.put("title", Map.of("text", title, "left", "center",
                "textStyle", Map.of("fontSize", p.fontSize() + 2, "color", p.text())));
        o.put("tooltip", Map.of("trigger", "item"));
        o.put("animation", false);
        return o;
    }
}
