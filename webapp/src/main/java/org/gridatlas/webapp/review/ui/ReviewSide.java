package org.gridatlas.webapp.review.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.gridatlas.analytics.review.CoverageGap;
import org.gridatlas.analytics.review.OpenItem;
import org.gridatlas.analytics.review.Quarter;

/** Beside the map: the oldest open items and the grid areas with the biggest visit coverage gaps. */
class ReviewSide extends Div {

    private final Div oldest = new Div();
    private final Div gaps = new Div();

    ReviewSide() {
        oldest.setId("oldest-open");
        gaps.setId("coverage-gaps");
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(new H4(getTranslation("review.oldest")), oldest, new H4(getTranslation("review.gaps")), gaps);
    }

    void show(List<OpenItem> items, List<CoverageGap> gapList) {
        oldest.removeAll();
        for (OpenItem it : items) {
            String kind = getTranslation("review.kind." + it.kind().toLowerCase(Locale.ROOT));
            Div row = new Div(new Span(kind + " " + it.code()), new Div(new Span(it.what() + " · " + it.village() + " · "
                    + it.openedAt().atZone(Quarter.ZONE).toLocalDate() + " · "
                    + getTranslation("review.days-open", it.daysOpen()))));
            row.addClassName("open-item");
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "2px 0");
            oldest.add(row);
        }
        if (items.isEmpty()) {
            oldest.add(new Span(getTranslation("review.none")));
        }
        gaps.removeAll();
        for (CoverageGap g : gapList) {
            Div row = new Div(new Span(g.name() + "（" + g.village() + "）"), new Div(new Span(getTranslation(
                    "review.gap-line", g.gap(), g.assigned(), String.format(Locale.ROOT, "%.1f", g.rate() * 100)))));
            row.addClassName("coverage-gap");
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "2px 0");
            gaps.add(row);
        }
    }
}
