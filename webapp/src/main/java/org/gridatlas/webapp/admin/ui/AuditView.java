package org.gridatlas.webapp.admin.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditEntry;
import org.gridatlas.data.audit.AuditService;

/** 审计日志: the administrator's viewer of the append-only audit log, filtered by action and user. */
@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditService audit;
    private final Clock clock;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField user = new TextField();

    AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setLabel(getTranslation("audit.action"));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        user.setLabel(getTranslation("audit.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setId("audit-user");
        action.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        grid.setId("audit-grid");
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::reason).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        grid.addColumn(AuditEntry::clientIp).setHeader("IP").setAutoWidth(true);
        add(new H3(getTranslation("audit.title")), new HorizontalLayout(action, user), grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        Instant now = clock.instant();
        String u = user.getValue() == null || user.getValue().isBlank() ? null : user.getValue().strip();
        grid.setItems(audit.find(action.getValue(), u, now.minus(366, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS), 500));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}
