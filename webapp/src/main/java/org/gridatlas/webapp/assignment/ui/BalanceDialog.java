package org.gridatlas.webapp.assignment.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.gridatlas.analytics.assignment.BalancePreview;
import org.gridatlas.analytics.assignment.BalanceQuality;
import org.gridatlas.webapp.assignment.AssignMap;
import org.gridatlas.webapp.assignment.AssignmentScreen;

/** Auto-balance preview: before/after maps, spread, mean/max distance, households changed; applies on confirm. */
class BalanceDialog extends Dialog {

    BalanceDialog(AssignmentScreen screen, BalancePreview p, Runnable onApply) {
        boolean agents = p.level() == BalancePreview.Level.LIAISONS;
        String suffix = agents ? "-agents" : "";
        setHeaderTitle(getTranslation("assignment.preview-title" + suffix));
        setWidth("1100px");
        AssignMap before = new AssignMap();
        AssignMap after = new AssignMap();
        before.setId("preview-before");
        after.setId("preview-after");
        before.setData(screen.previewLayer(p, false), "{\"type\":\"FeatureCollection\",\"features\":[]}", true);
        after.setData(screen.previewLayer(p, true), "{\"type\":\"FeatureCollection\",\"features\":[]}", true);
        HorizontalLayout maps = new HorizontalLayout(box(before, "assignment.before"), box(after, "assignment.after"));
        maps.setWidthFull();
        Div stats = new Div();
        stats.setId("preview-stats");
        stats.add(line("assignment.before", p.before(), suffix), line("assignment.after", p.after(), suffix),
                line("assignment.greedy", p.greedy(), suffix),
                new Div(getTranslation("assignment.changes" + suffix, p.changes(), p.rows().size(), p.millis())));
        Button apply = new Button(getTranslation("assignment.apply"), e -> {
            onApply.run();
            close();
        });
        apply.setId("apply-balance");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(p.changes() > 0);
        Button cancel = new Button(getTranslation("assignment.cancel"), e -> close());
        cancel.setId("cancel-balance");
        if (agents) {
            add(new Div(getTranslation("assignment.preview-agents-legend")));
        }
        add(maps, stats);
        getFooter().add(cancel, apply);
    }

    private Div box(AssignMap map, String titleKey) {
        Div d = new Div(new Span(getTranslation(titleKey)), map);
        d.setWidth("50%");
        d.setHeight("420px");
        map.setHeight("390px");
        return d;
    }

    private Div line(String key, BalanceQuality q, String suffix) {
        return new Div(getTranslation(key) + ": " + getTranslation("assignment.quality" + suffix, q.minLoad(), q.maxLoad(),
                q.spread(), String.format(Locale.ROOT, "%.2f", q.loadStdDev()),
                String.format(Locale.ROOT, "%.0f", q.meanMetres()), String.format(Locale.ROOT, "%.0f", q.maxMetres()),
                q.changed()));
    }
}
