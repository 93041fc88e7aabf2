package org.gridatlas.webapp.review.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.pack.ReviewPackService.Archived;
import org.gridatlas.analytics.review.pack.ReviewPackService.Pack;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.webapp.base.ui.Polling;
import org.gridatlas.webapp.review.ReviewScreen;
import org.gridatlas.webapp.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 点评材料: one click generates the PDF pack in the background (progress bar, the UI polls), then links it and lists
 * the archive; regenerating says "same figures" or lists what changed.
 */
class PackPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(PackPanel.class);
    static final String POLLING = "review-pack";

    private final ReviewScreen screen;
    private final Supplier<AreaCode> area;
    private final Supplier<Quarter> quarter;
    private final Button make = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Div status = new Div();
    private final Div archive = new Div();
    private final Anchor png = new Anchor();

    PackPanel(ReviewScreen screen, Supplier<AreaCode> area, Supplier<Quarter> quarter) {
        this.screen = screen;
        this.area = area;
        this.quarter = quarter;
        make.setId("make-pack");
        make.setText(getTranslation("review.make-pack"));
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> start());
        progress.setId("pack-progress");
        progress.setVisible(false);
        status.setId("pack-status");
        archive.setId("pack-archive");
        png.setId("png");
        png.setText(getTranslation("review.png"));
        png.getElement().setAttribute("download", true);
        png.getElement().setAttribute("router-ignore", true);
        add(new H4(getTranslation("review.pack")), make, progress, status, png, archive);
    }

    void pngLink(String href, String label) {
        png.setHref(href);
        png.setText(label);
    }

    private void start() {
        UI ui = UI.getCurrent();
        Scope scope = CurrentUser.scope();
        AreaCode a = area.get();
        Quarter q = quarter.get();
        make.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("review.pack-running"));
        Polling.start(ui, POLLING, 400);
        Thread.ofVirtual().name("review-pack-" + a.code()).start(() -> {
            try {
                Pack pack = Scopes.runAs(scope, () -> screen.generate(a, q,
                        p -> ui.access(() -> progress.setValue(p))));
                ui.access(() -> done(pack, null));
            } catch (Throwable ex) { // an Error too: the progress bar must never spin forever
                LOG.warn("review pack for {} {} failed", a.code(), q, ex);
                ui.access(() -> done(null, String.valueOf(ex.getMessage())));
            }
        });
    }

    private void done(Pack pack, String error) {
        Polling.stop(UI.getCurrent(), POLLING);
        make.setEnabled(true);
        progress.setVisible(false);
        status.removeAll();
        if (pack == null) {
            status.setText(getTranslation("review.pack-failed", error));
            return;
        }
        String same = pack.previousId().isEmpty() ? getTranslation("review.pack-first")
                : pack.changes().isEmpty() ? getTranslation("review.pack-same")
                : getTranslation("review.pack-changed", pack.changes().size());
        Span text = new Span(getTranslation("review.pack-done", pack.figures().asMap().size(),
                pack.figuresSha256().substring(0, 12)) + " " + same);
        text.setId("pack-result");
        status.add(text);
        pack.changes().stream().limit(8).forEach(c -> status.add(new Div(new Span(c))));
        Anchor pdf = new Anchor("api/v1/review/packs/" + pack.id() + ".pdf", getTranslation("review.pack-pdf"));
        pdf.setId("pack-pdf");
        pdf.getElement().setAttribute("router-ignore", true);
        status.add(new Div(pdf));
        showArchive();
    }

    void showArchive() {
        archive.removeAll();
        List<Archived> packs = screen.archive(area.get());
        for (Archived p : packs.stream().limit(6).toList()) {
            Anchor a = new Anchor("api/v1/review/packs/" + p.id() + ".pdf", p.quarter() + " " + p.divisionCode() + " · "
                    + p.figuresSha256().substring(0, 8) + " · " + p.createdBy());
            a.getElement().setAttribute("router-ignore", true);
            archive.add(new Div(a));
        }
    }
}
