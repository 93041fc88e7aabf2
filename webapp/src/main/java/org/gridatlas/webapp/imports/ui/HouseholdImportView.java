package org.gridatlas.webapp.imports.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.HouseholdImportService;
import org.gridatlas.data.imports.ImportCancelledException;
import org.gridatlas.data.imports.ImportProgress;
import org.gridatlas.data.imports.ImportRejectedException;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerException;
import org.gridatlas.data.imports.LedgerField;
import org.gridatlas.data.imports.LedgerReader;

/** 住户台账导入: upload → column mapping and coordinate system → validation report → import (all or nothing). */
@Route("imports/households")
@RolesAllowed({"ADMIN", "TOWN_SECRETARY", "SUPERVISOR"})
class HouseholdImportView extends VerticalLayout implements HasDynamicTitle {

    private final HouseholdImportService imports;
    private final Select<CoordinateSystem> crs = new Select<>();
    private final ColumnMappingPanel<LedgerField> mapping = new ColumnMappingPanel<>(LedgerField.class);
    private final ImportReportPanel report = new ImportReportPanel();
    private final Paragraph fileInfo = new Paragraph();
    private final Paragraph mappingNote = new Paragraph();
    private final Button validate = new Button();
    private final Button commit = new Button();
    private final Anchor onMap = new Anchor();
    private final ImportProgressPanel progress = new ImportProgressPanel();
    private Ledger ledger;
    private boolean validated;

    HouseholdImportView(HouseholdImportService imports) {
        this.imports = imports;
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, data) -> getUI().ifPresent(ui -> ui.access(() -> {
            received(meta.fileName(), data);
            upload.clearFileList();
        }))));
        upload.setId("ledger-upload");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("imports.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop"))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(64 * 1024 * 1024);
        crs.setId("crs");
        crs.setLabel(getTranslation("imports.crs"));
        crs.setItems(Arrays.asList(CoordinateSystem.values()));
        crs.setItemLabelGenerator(CoordinateSystem::label);
        crs.setValue(CoordinateSystem.WGS84);
        validate.setText(getTranslation("imports.validate"));
        validate.setId("validate");
        validate.addClickListener(e -> runValidation());
        commit.setText(getTranslation("imports.commit"));
        commit.setId("commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> runCommit());
        commit.setEnabled(false);
        validate.setEnabled(false);
        fileInfo.setId("file-info");
        mappingNote.setId("mapping-remembered");
        mappingNote.setVisible(false);
        onMap.setId("imported-on-map");
        onMap.setVisible(false);
        add(new H3(getTranslation("imports.title")), new Paragraph(getTranslation("imports.help")), upload, fileInfo,
                crs, mappingNote, mapping, new HorizontalLayout(validate, commit, onMap), progress, report);
        setMaxWidth("1100px");
    }

    private void received(String fileName, byte[] data) {
        if (progress.running()) {
            return;
        }
        ledger = null;
        validate.setEnabled(false);
        commit.setEnabled(false);
        report.clear();
        progress.run(ImportProgress::new, p -> LedgerReader.read(fileName, data, p), this::read, this::failed);
    }

    private void read(Ledger read) {
        ledger = read;
        validated = false;
        fileInfo.setText(getTranslation("imports.file", ledger.fileName(), ledger.encoding(), ledger.rows().size()));
        var remembered = imports.rememberedColumns(ledger.headers());
        mapping.show(ledger.headers(), remembered.orElseGet(() -> HouseholdImportService.guessColumns(ledger.headers())));
        mappingNote.setText(remembered.isPresent() ? getTranslation("imports.mapping.remembered") : "");
        mappingNote.setVisible(remembered.isPresent());
        validate.setEnabled(true);
    }

    private void runValidation() {
        if (progress.running() || ledger == null) {
            return;
        }
        Ledger l = ledger;
        var columns = mapping.columns();
        CoordinateSystem c = crs.getValue();
        validate.setEnabled(false);
        commit.setEnabled(false);
        validated = false;
        progress.run(() -> started(l), p -> imports.validate(l, columns, c, p), preview -> {
            report.show(preview);
            validate.setEnabled(true);
            validated = preview.importable();
            commit.setEnabled(validated);
        }, this::failed);
    }

    private void runCommit() {
        if (progress.running() || ledger == null) {
            return;
        }
        Ledger l = ledger;
        var columns = mapping.columns();
        CoordinateSystem c = crs.getValue();
        validate.setEnabled(false);
        commit.setEnabled(false);
        progress.run(() -> started(l), p -> imports.commit(l, columns, c, p), n -> {
            Notification.show(getTranslation("imports.done", n), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            report.done(n);
            validate.setEnabled(true);
            onMap.setText(getTranslation("imports.on-map"));
            onMap.setHref(report.firstLocationLink());
            onMap.setVisible(report.firstLocationLink() != null);
        }, this::failed);
    }

    private static ImportProgress started(Ledger l) {
        ImportProgress p = new ImportProgress();
        p.started(l.rows().size());
        return p;
    }

    private void failed(RuntimeException e) {
        validate.setEnabled(ledger != null);
        if (e instanceof ImportRejectedException r) {
            report.show(r.preview());
        } else if (e instanceof ImportCancelledException) {
            report.done(getTranslation("imports.cancelled"));
            commit.setEnabled(validated);
        } else if (e instanceof LedgerException) {
            fileInfo.setText(e.getMessage());
        } else {
            report.done(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " · " + getTranslation("app.title");
    }
}
