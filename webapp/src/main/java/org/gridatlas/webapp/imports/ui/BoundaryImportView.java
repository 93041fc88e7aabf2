package org.gridatlas.webapp.imports.ui;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.ImportProblem;
import org.gridatlas.data.imports.boundary.BoundaryImportService;
import org.gridatlas.data.imports.boundary.BoundaryLevel;
import org.gridatlas.data.imports.boundary.BoundaryPreview;
import org.gridatlas.data.imports.boundary.BoundaryRejectedException;
import org.gridatlas.webapp.assignment.AssignMap;

/** 边界导入: upload → preview on the map → validation report (with repair) → import, all or nothing. */
@Route("imports/boundaries")
@RolesAllowed({"ADMIN", "TOWN_SECRETARY", "SUPERVISOR"})
class BoundaryImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String AUTO = "";
    private static final String EMPTY = BoundaryPreview.NO_MAP;

    private final BoundaryImportService imports;
    private final Select<BoundaryLevel> level = new Select<>();
    private final Select<CoordinateSystem> crs = new Select<>();
    private final Select<String> charset = new Select<>();
    private final Checkbox repair = new Checkbox();
    private final Button validate = new Button();
    private final Button commit = new Button();
    private final Paragraph summary = new Paragraph();
    private final Paragraph repairs = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final AssignMap map = new AssignMap();
    private String fileName;
    private byte[] bytes;

    BoundaryImportView(BoundaryImportService imports) {
        this.imports = imports;
        Upload upload = new Upload();
        upload.setId("boundary-upload");
        upload.setUploadHandler(UploadHandler.inMemory((meta, data) -> getUI().ifPresent(ui -> ui.access(() -> {
            fileName = meta.fileName();
            bytes = data;
            upload.clearFileList();
            runPreview();
        }))));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("boundaries.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop"))));
        upload.setAcceptedFileTypes(".geojson", ".json", ".gpkg", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(200 * 1024 * 1024);
        level.setId("boundary-level");
        level.setLabel(getTranslation("boundaries.level"));
        level.setItems(Arrays.asList(BoundaryLevel.values()));
        level.setItemLabelGenerator(BoundaryLevel::id);
        level.setValue(BoundaryLevel.GRID_AREA);
        crs.setId("boundary-crs");
        crs.setLabel(getTranslation("imports.crs"));
        crs.setItems(Arrays.asList(CoordinateSystem.values()));
        crs.setItemLabelGenerator(CoordinateSystem::label);
        crs.setValue(CoordinateSystem.WGS84);
        charset.setId("boundary-charset");
        charset.setLabel(getTranslation("boundaries.charset"));
        charset.setItems(List.of(AUTO, "UTF-8", "GBK", "GB18030"));
        charset.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("boundaries.charset.auto") : c);
        charset.setValue(AUTO);
        repair.setId("boundary-repair");
        repair.setLabel(getTranslation("boundaries.repair"));
        validate.setText(getTranslation("boundaries.validate"));
        validate.setId("boundary-validate");
        validate.setEnabled(false);
        validate.addClickListener(e -> runPreview());
        commit.setText(getTranslation("boundaries.commit"));
        commit.setId("boundary-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> runCommit());
        summary.setId("boundary-summary");
        repairs.setId("boundary-repairs");
        problems.setId("boundary-problems");
        problems.addColumn(p -> p.row() == 0 ? "—" : String.valueOf(p.row())).setHeader(getTranslation("imports.row")).setAutoWidth(true);
        problems.addColumn(ImportProblem::field).setHeader(getTranslation("imports.field")).setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader(getTranslation("imports.problem")).setFlexGrow(2);
        problems.addColumn(ImportProblem::hint).setHeader(getTranslation("imports.hint")).setFlexGrow(2);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        map.setId("boundary-map");
        map.setHeight("360px");
        map.setWidthFull();
        add(new H3(getTranslation("boundaries.title")), new Paragraph(getTranslation("boundaries.help")),
                new HorizontalLayout(level, crs, charset), repair, upload, new HorizontalLayout(validate, commit),
                summary, repairs, problems, map);
        setMaxWidth("1100px");
    }

    private void runPreview() {
        if (bytes == null) {
            return;
        }
        show(imports.preview(level.getValue(), fileName, bytes, chosenCharset(), crs.getValue(), repair.getValue()));
        validate.setEnabled(true);
    }

    private void runCommit() {
        try {
            String ip = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
            int n = imports.commit(level.getValue(), fileName, bytes, chosenCharset(), crs.getValue(), repair.getValue(), ip);
            summary.setText(getTranslation("boundaries.done", n));
            problems.setVisible(false);
            commit.setEnabled(false);
        } catch (BoundaryRejectedException e) {
            show(e.preview());
        }
    }

    private void show(BoundaryPreview p) {
        summary.setText(getTranslation(p.importable() ? "boundaries.ready" : "boundaries.not-ready",
                p.fileName(), p.features(), p.problems().size()));
        repairs.setText(p.repairs().isEmpty() ? "" : getTranslation("boundaries.repairs") + " " + String.join("；", p.repairs()));
        repairs.setVisible(!p.repairs().isEmpty());
        problems.setItems(p.problems());
        problems.setVisible(!p.problems().isEmpty());
        commit.setEnabled(p.importable());
        map.setData(EMPTY, p.mapGeoJson(), true);
    }

    private Charset chosenCharset() {
        return charset.getValue() == null || charset.getValue().isEmpty() ? null : Charset.forName(charset.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("boundaries.nav") + " · " + getTranslation("app.title");
    }
}
