package org.gridatlas.webapp.map.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.analytics.quality.DataQuality;
import org.gridatlas.analytics.summary.Summary;
import org.gridatlas.webapp.base.ui.Polling;

/** The layer switcher: one line per layer with its legend swatch and count, then the data-quality counts. */
class LayerPanel extends Composite<VerticalLayout> {

    /** Layer id → legend colour (the same colours ga-map.js paints). */
    static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("towns", "#b03a2e");
        LAYERS.put("villages", "#7d8fa3");
        LAYERS.put("grid-areas", "#3c8d5a");
        LAYERS.put("groups", "#a0a0a0");
        LAYERS.put("households", "#1f6fb2");
        LAYERS.put("requests", "#2874a6");
        LAYERS.put("disputes", "#b9770e");
        LAYERS.put("visits", "#2e8b57");
        LAYERS.put("agents", "#7b3fa0");
        LAYERS.put("posts", "#222222");
    }

    /** Visible when the URL names no layers: the boundaries and the households. */
    static final Set<String> DEFAULT_VISIBLE = Set.of("towns", "villages", "grid-areas", "groups", "households");

    private final Map<String, Span> counts = new LinkedHashMap<>();
    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Div quality = new Div();

    LayerPanel(Set<String> visible, BiConsumer<String, Boolean> onToggle) {
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("layer-panel");
        for (String layer : LAYERS.keySet()) {
            Checkbox c = new Checkbox(visible.contains(layer));
            c.setId("layer-" + layer);
            c.addValueChangeListener(e -> onToggle.accept(layer, e.getValue()));
            Span swatch = new Span();
            swatch.addClassName("ga-swatch");
            swatch.addClassName("ga-swatch-" + layer);
            if (!DEFAULT_VISIBLE.contains(layer)) {
                swatch.addClassName("ga-swatch-point");
            }
            swatch.getStyle().set("--ga-swatch", LAYERS.get(layer));
            Span label = new Span(getTranslation("layer." + layer));
            Span count = new Span();
            count.addClassName("ga-layer-count");
            count.setId("count-" + layer);
            counts.put(layer, count);
            boxes.put(layer, c);
            Div row = new Div(c, swatch, label, count);
            row.addClassName("ga-layer-row");
            box.add(row);
        }
        quality.setId("data-quality");
        quality.addClassName("ga-data-quality");
        box.add(quality);
    }

    void showCounts(Summary s) {
        counts.get("towns").setText(String.format("%,d", s.towns()));
        counts.get("villages").setText(String.format("%,d", s.villages()));
        counts.get("grid-areas").setText(String.format("%,d", s.gridAreas()));
        counts.get("groups").setText(String.format("%,d", s.groups()));
        counts.get("households").setText(String.format("%,d", s.households()));
    }

    void showQualityPending() {
        quality.removeAll();
        quality.add(new Span(getTranslation("quality.title")), new Span(getTranslation("quality.pending")));
        Polling.start(com.vaadin.flow.component.UI.getCurrent(), "map-quality", 500);
    }

    void showQuality(DataQuality q) {
        getUI().ifPresent(ui -> Polling.stop(ui, "map-quality"));
        quality.removeAll();
        quality.add(new Span(getTranslation("quality.title")));
        for (var line : List.of(
                Map.entry("quality.outside-grid", q.outsideGridAreas()),
                Map.entry("quality.no-coordinates", q.withoutCoordinates()),
                Map.entry("quality.no-agent", q.withoutAgent()))) {
            Span s = new Span(getTranslation(line.getKey(), String.format("%,d", line.getValue())));
            s.addClassName(line.getValue() > 0 ? "ga-quality-warn" : "ga-quality-ok");
            quality.add(s);
        }
    }

    Set<String> visibleLayers() {
        Set<String> on = new java.util.LinkedHashSet<>();
        boxes.forEach((layer, c) -> {
            if (c.getValue()) {
                on.add(layer);
            }
        });
        return on;
    }
}
