package org.gridatlas.webapp.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.gridatlas.analytics.review.ReviewLayer;

/** The legend beside the map: one swatch and range per class, then the notes (unit, size or radius, method, lock). */
class LegendBox extends Div {

    LegendBox() {
        setId("legend");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-s)")
                .set("min-width", "190px");
    }

    void show(String title, ReviewLayer layer) {
        removeAll();
        Div head = new Div(new Span(title));
        head.getStyle().set("font-weight", "600").set("margin-bottom", "4px");
        add(head);
        double[] b = layer.legend().bounds();
        double range = b[b.length - 1] - b[0];
        int decimals = range < 1 ? 2 : range < 10 ? 1 : 0;
        var labels = layer.legend().labels(decimals);
        for (int i = 0; i < labels.size(); i++) {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "18px").set("height", "12px")
                    .set("margin-right", "6px").set("border", "1px solid #999")
                    .set("background", layer.legend().colors().get(i));
            Div row = new Div(swatch, new Span(labels.get(i) + " " + layer.legend().unit()));
            row.addClassName("legend-class");
            add(row);
        }
        for (String note : layer.notes()) {
            Div n = new Div(new Span(note));
            n.addClassName("legend-note");
            n.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "4px");
            add(n);
        }
    }
}
