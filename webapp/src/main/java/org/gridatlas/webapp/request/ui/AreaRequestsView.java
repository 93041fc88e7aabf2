package org.gridatlas.webapp.request.ui;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestSummary;
import org.gridatlas.webapp.security.CurrentUser;

/** 片区诉求: a supervisor's view of the requests of their area by status (counts in the filter, newest first). */
@Route("requests")
@RolesAllowed({"SUPERVISOR", "TOWN_SECRETARY", "COUNTY_LEADER", "ADMIN"})
class AreaRequestsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 100;

    AreaRequestsView(RequestQueries queries) {
        String area = CurrentUser.viewArea().code();
        Map<RequestStatus, Long> counts = queries.countsByStatus(area);
        Select<RequestStatus> status = new Select<>();
        status.setId("area-status");
        status.setLabel(getTranslation("area.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("area.all") + " ("
                + counts.values().stream().mapToLong(Long::longValue).sum() + ")");
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("area.all")
                : s.label() + " (" + counts.getOrDefault(s, 0L) + ")");
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId("area-requests");
        grid.addColumn(RequestSummary::code).setHeader(getTranslation("area.code")).setAutoWidth(true);
        grid.addColumn(RequestSummary::item).setHeader(getTranslation("area.item")).setAutoWidth(true);
        grid.addComponentColumn(r -> Badges.status(r.status())).setHeader(getTranslation("area.status"));
        grid.addColumn(r -> r.deadline() == null ? "" : RequestView.TIME.format(r.deadline()))
                .setHeader(getTranslation("request.deadline"));
        grid.addComponentColumn(r -> {
            var b = Badges.overdue(r.overdue(), r.overdue().name().equals("NONE") ? "" : getTranslation("request.overdue." + r.overdue()));
            return b == null ? new com.vaadin.flow.component.html.Span() : b;
        });
        grid.addColumn(r -> RequestView.TIME.format(r.createdAt())).setHeader(getTranslation("area.created"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        status.addValueChangeListener(e -> grid.setItems(queries.list(area, e.getValue(), 0, PAGE).items()));
        grid.setItems(queries.list(area, null, 0, PAGE).items());
        add(new H3(getTranslation("area.title")), status, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("area.title") + " · " + getTranslation("app.title");
    }
}
