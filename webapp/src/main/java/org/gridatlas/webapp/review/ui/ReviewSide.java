package org.gridatlas.webapp.review.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.gridatlas.analytics.review.CoverageGap;
import org.gridatlas.analytics.review.OpenItem;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.webapp.base.ui.Polling;
import org.gridatlas.webapp.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beside the map: the oldest open items and the grid areas with the biggest visit coverage gaps. They are counted in
 * the background (a quarter's first coverage takes seconds for a county) while the map is already on screen.
 */
class ReviewSide extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSide.class);
    static final String POLLING = "review-side";

    private final Div oldest = new Div();
    private final Div gaps = new Div();
    /** Which load the screen waits for: an older one that finishes later is dropped. */
    private final AtomicLong current = new AtomicLong();

    ReviewSide() {
        oldest.setId("oldest-open");
        gaps.setId("coverage-gaps");
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(new H4(getTranslation("review.oldest")), oldest, new H4(getTranslation("review.gaps")), gaps);
    }

    /** Counts both lists in the background, for the user's own rows, and shows them when they arrive. */
    void load(Supplier<List<OpenItem>> items, Supplier<List<CoverageGap>> gapList) {
        UI ui = UI.getCurrent();
        Scope scope = CurrentUser.scope();
        long mine = current.incrementAndGet();
        oldest.removeAll();
        gaps.removeAll();
        oldest.add(new Span(getTranslation("review.pending")));
        gaps.add(new Span(getTranslation("review.pending")));
        Polling.start(ui, POLLING, 500);
        Thread.ofVirtual().name("review-side").start(() -> {
            try {
                List<OpenItem> i = Scopes.runAs(scope, items::get);
                List<CoverageGap> g = Scopes.runAs(scope, gapList::get);
                ui.access(() -> {
                    if (current.get() == mine) {
                        show(i, g);
                        Polling.stop(ui, POLLING);
                    }
                });
            } catch (RuntimeException ex) {
                LOG.warn("review side lists failed", ex);
                ui.access(() -> {
                    if (current.get() == mine) {
                        gaps.removeAll();
                        gaps.add(new Span(getTranslation("review.pending-failed")));
                        Polling.stop(ui, POLLING);
                    }
                });
            }
        });
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
