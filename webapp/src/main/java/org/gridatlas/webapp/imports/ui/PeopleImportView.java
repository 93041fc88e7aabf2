package org.gridatlas.webapp.imports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportRejectedException;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerException;
import org.gridatlas.data.imports.LedgerReader;
import org.gridatlas.data.imports.people.PeopleImportService;
import org.gridatlas.data.imports.people.PersonField;

/** 代办员、联络员名单导入: upload → column mapping → validation report → import (all or nothing, with agent links). */
@Route("imports/people")
@RolesAllowed({"ADMIN", "TOWN_SECRETARY", "SUPERVISOR"})
class PeopleImportView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleImportService imports;
    private final ColumnMappingPanel<PersonField> mapping = new ColumnMappingPanel<>(PersonField.class);
    private final ImportReportPanel report = new ImportReportPanel();
    private final Paragraph fileInfo = new Paragraph();
    private final Paragraph mappingNote = new Paragraph();
    private final Button validate = new Button();
    private final Button commit = new Button();
    private Ledger list;

    PeopleImportView(PeopleImportService imports) {
        this.imports = imports;
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, data) -> getUI().ifPresent(ui -> ui.access(() -> {
            received(meta.fileName(), data);
            upload.clearFileList();
        }))));
        upload.setId("people-upload");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("people.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop"))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(64 * 1024 * 1024);
        validate.setText(getTranslation("imports.validate"));
        validate.setId("validate");
        validate.addClickListener(e -> runValidation());
        validate.setEnabled(false);
        commit.setText(getTranslation("people.commit"));
        commit.setId("commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> runCommit());
        commit.setEnabled(false);
        fileInfo.setId("file-info");
        mappingNote.setId("mapping-remembered");
        mappingNote.setVisible(false);
        add(new H3(getTranslation("people.title")), new Paragraph(getTranslation("people.help")), upload, fileInfo,
                mappingNote, mapping, new HorizontalLayout(validate, commit), report);
        setMaxWidth("1100px");
    }

    private void received(String fileName, byte[] data) {
        try {
            list = LedgerReader.read(fileName, data);
            fileInfo.setText(getTranslation("imports.file", list.fileName(), list.encoding(), list.rows().size()));
            var remembered = imports.rememberedColumns(list.headers());
            mapping.show(list.headers(), remembered.orElseGet(() -> PeopleImportService.guessColumns(list.headers())));
            mappingNote.setText(remembered.isPresent() ? getTranslation("imports.mapping.remembered") : "");
            mappingNote.setVisible(remembered.isPresent());
            validate.setEnabled(true);
        } catch (LedgerException e) {
            list = null;
            fileInfo.setText(e.getMessage());
            validate.setEnabled(false);
        }
        commit.setEnabled(false);
        report.clear();
    }

    private void runValidation() {
        ImportPreview preview = imports.validate(list, mapping.columns());
        report.show(preview);
        commit.setEnabled(preview.importable());
    }

    private void runCommit() {
        try {
            String ip = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
            PeopleImportService.Result r = imports.commit(list, mapping.columns(), ip);
            String text = getTranslation("people.done", r.agents(), r.liaisons(), r.links());
            Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            report.done(text);
            commit.setEnabled(false);
        } catch (ImportRejectedException e) {
            report.show(e.preview());
            commit.setEnabled(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.title");
    }
}
