package org.gridatlas.webapp.imports.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.imports.ImportProgress;
import org.gridatlas.webapp.base.ui.Polling;
import org.gridatlas.webapp.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one step of an import (read, validate, write) on a virtual thread as the current user and shows its progress
 * — rows read, validated and written, and a bar — refreshed by UI polling, with a cancel button. The result or the
 * failure is handed back on the UI thread; the bar never spins forever.
 */
class ImportProgressPanel extends HorizontalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ImportProgressPanel.class);

    private final ProgressBar bar = new ProgressBar();
    private final Span counts = new Span();
    private final Button cancel = new Button();
    private ImportProgress progress;
    private Registration poll;

    ImportProgressPanel() {
        setId("import-progress");
        setAlignItems(Alignment.CENTER);
        setWidthFull();
        bar.setWidth("320px");
        counts.setId("import-progress-counts");
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("imports.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            if (progress != null) {
                progress.cancel();
                cancel.setEnabled(false);
                counts.setText(getTranslation("imports.cancelling"));
            }
        });
        add(bar, counts, cancel);
        setVisible(false);
    }

    boolean running() {
        return progress != null;
    }

    /** Runs {@code work} in the background; {@code done} or {@code failed} are then called on the UI thread. */
    <T> void run(Supplier<ImportProgress> start, java.util.function.Function<ImportProgress, T> work, Consumer<T> done,
                 Consumer<RuntimeException> failed) {
        UI ui = UI.getCurrent();
        Scope scope = CurrentUser.scope();
        ImportProgress p = start.get();
        progress = p;
        cancel.setEnabled(true);
        setVisible(true);
        refresh();
        Polling.start(ui, "ledger-import", 300);
        poll = ui.addPollListener(e -> refresh());
        Thread.ofVirtual().name("ledger-import").start(() -> {
            try {
                T result = Scopes.runAs(scope, () -> work.apply(p));
                ui.access(() -> {
                    stop(ui);
                    done.accept(result);
                });
            } catch (RuntimeException ex) {
                ui.access(() -> {
                    stop(ui);
                    failed.accept(ex);
                });
            } catch (Throwable ex) { // an Error too: the bar must never spin forever
                LOG.warn("ledger import step failed", ex);
                ui.access(() -> {
                    stop(ui);
                    failed.accept(new IllegalStateException(String.valueOf(ex.getMessage()), ex));
                });
            }
        });
    }

    private void refresh() {
        ImportProgress p = progress;
        if (p == null || p.cancelled()) {
            return;
        }
        long total = p.total();
        counts.setText(getTranslation("imports.progress", p.read(), p.validated(), p.written(), total));
        if (total > 0) {
            bar.setIndeterminate(false);
            bar.setValue(Math.min(1.0, (p.validated() + 2.0 * p.written()) / (3.0 * total)));
        } else {
            bar.setIndeterminate(true);
        }
    }

    private void stop(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        Polling.stop(ui, "ledger-import");
        progress = null;
        setVisible(false);
    }
}
