package org.gridatlas.webapp.request.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.data.request.service.ConflictException;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.IllegalTransitionException;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NotFoundException;
import org.gridatlas.data.request.service.Overdue;
import org.gridatlas.data.request.service.RequestDetail;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestService;
import org.gridatlas.data.request.service.StepCommand;
import org.gridatlas.data.request.service.StepRecord;
import org.gridatlas.webapp.base.MapSettings;

/** 诉求详情 (/requests/{id}): status, deadline, description, a small map, the timeline of steps and the next steps. */
@Route("requests/:id")
@PermitAll
public class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Deadlines.ZONE);

    private final RequestQueries queries;
    private final RequestService service;
    private final MapSettings map;
    private long id;

    RequestView(RequestQueries queries, RequestService service, MapSettings map) {
        this.queries = queries;
        this.service = service;
        this.map = map;
        setMaxWidth("760px");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        RequestDetail d = queries.find(id).orElse(null);
        if (d == null) {
            add(new H3(getTranslation("request.not-found")));
            return;
        }
        var s = d.summary();
        H3 title = new H3((s.item() == null ? "" : s.item()));
        title.setId("request-title");
        Div meta = new Div(new Span(s.code() + "　"), Badges.status(s.status()));
        meta.setId("request-meta");
        meta.getStyle().set("display", "flex").set("gap", "6px").set("flex-wrap", "wrap").set("align-items", "center");
        meta.add(new Span(getTranslation("request.deadline") + "："
                + (s.deadline() == null ? getTranslation("request.no-deadline") : TIME.format(s.deadline()))));
        if (s.overdue() != Overdue.NONE) {
            meta.add(Badges.overdue(s.overdue(), getTranslation("request.overdue." + s.overdue())));
        }
        add(title, meta, new Paragraph(getTranslation("request.description") + "：" + d.description()));
        if (d.address() != null) {
            add(new Span(getTranslation("request.address") + "：" + d.address()));
        }
        if (d.lon() != null) {
            add(new MiniMap(d.lon(), d.lat(), String.join("|", map.basemap(map.defaultBasemap()).urls()),
                    map.basemap(map.defaultBasemap()).attribution()));
        }
        add(new H4(getTranslation("request.timeline")), timeline(d));
        if (d.allowedNext().isEmpty()) {
            add(new Span(getTranslation("request.done")));
        } else {
            add(new H4(getTranslation("request.next")), new StepForm(d.allowedNext(), s.version(), this::take));
        }
    }

    private Div timeline(RequestDetail d) {
        Div list = new Div();
        list.setId("timeline");
        list.setWidthFull();
        if (d.steps().isEmpty()) {
            list.add(new Span(getTranslation("request.no-steps")));
        }
        for (StepRecord st : d.steps()) {
            Div item = new Div();
            item.addClassName("ga-timeline-step");
            item.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding", "2px 0 6px 10px")
                    .set("margin-left", "4px");
            Span head = new Span(st.label() + "　" + TIME.format(st.at()) + "　" + st.actorName());
            head.getStyle().set("font-weight", "600");
            item.add(head);
            if (st.note() != null) {
                item.add(new Div(new Span(st.note())));
            }
            list.add(item);
        }
        return list;
    }

    private void take(StepCommand cmd) {
        try {
            service.advance(id, cmd);
            Notification.show(cmd.step().label() + " · " + getTranslation("request.saved"), 2500, Notification.Position.BOTTOM_CENTER);
            render();
        } catch (IllegalTransitionException | InvalidInputException | ConflictException | NotFoundException e) {
            Notification n = Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.title") + " · " + getTranslation("app.title");
    }
}
