package org.gridatlas.webapp.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Builds ECharts option JSON from plain Java values (no string concatenation of JSON). */
public final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions() {
    }

    /** A horizontal bar chart: one bar per label, sorted as given. */
    public static String horizontalBars(String title, String seriesName, List<String> labels, List<? extends Number> values) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 15)));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 48, "top", 40, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value"));
        option.put("yAxis", Map.of("type", "category", "data", labels, "inverse", true));
        option.put("series", List.of(Map.of(
                "name", seriesName, "type", "bar", "data", values,
                "itemStyle", Map.of("color", "#1f6fb2"),
                "label", Map.of("show", true, "position", "right"))));
        option.put("animation", false);
        return JSON.writeValueAsString(option);
    }
}
