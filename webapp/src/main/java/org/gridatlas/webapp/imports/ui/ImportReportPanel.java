package org.gridatlas.webapp.imports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportProblem;

/** The validation report: counts, the GCJ-02 shift warning, and one line per problem (row, field, problem, fix). */
class ImportReportPanel extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final Paragraph warning = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private String firstLocationLink;

    ImportReportPanel() {
        setPadding(false);
        summary.setId("import-summary");
        warning.setId("import-warning");
        warning.addClassName("ga-quality-warn");
        problems.setId("import-problems");
        problems.addColumn(p -> p.row() == 0 ? "—" : String.valueOf(p.row())).setHeader(getTranslation("imports.row")).setAutoWidth(true);
        problems.addColumn(ImportProblem::field).setHeader(getTranslation("imports.field")).setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader(getTranslation("imports.problem")).setFlexGrow(2);
        problems.addColumn(ImportProblem::hint).setHeader(getTranslation("imports.hint")).setFlexGrow(2);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(summary, warning, problems);
        clear();
    }

    void clear() {
        summary.setText("");
        warning.setVisible(false);
        problems.setItems();
        problems.setVisible(false);
    }

    void show(ImportPreview p) {
        summary.setText(getTranslation(p.importable() ? "imports.ready" : "imports.not-ready",
                p.rows(), p.valid(), p.problems().size()));
        warning.setText(p.shiftWarning() == null ? "" : p.shiftWarning());
        warning.setVisible(p.shiftWarning() != null);
        problems.setItems(p.problems());
        problems.setVisible(!p.problems().isEmpty());
        firstLocationLink = p.firstLocation() == null ? null
                : String.format("/?c=%.6f,%.6f&z=18&layers=towns,villages,grid-areas,households",
                p.firstLocation()[0], p.firstLocation()[1]);
    }

    void done(int n) {
        done(getTranslation("imports.done", n));
    }

    void done(String text) {
        summary.setText(text);
        problems.setVisible(false);
    }

    String firstLocationLink() {
        return firstLocationLink;
    }
}
