package org.gridatlas.webapp.request.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.Overdue;
import org.gridatlas.data.request.service.RequestSummary;

/** One request in a list, sized for a phone: item, code, status, deadline with its overdue badge; links to the page. */
public class RequestCard extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(Deadlines.ZONE);

    public RequestCard(RequestSummary r) {
        addClassName("ga-request-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "8px 10px").set("margin-bottom", "8px").set("box-sizing", "border-box")
                .set("width", "100%");
        RouterLink link = new RouterLink(r.item() == null ? r.code() : r.item(), RequestView.class,
                new RouteParameters("id", String.valueOf(r.id())));
        link.getStyle().set("font-weight", "600");
        Div top = new Div(link);
        Div meta = new Div(new Span(r.code() + "　"), Badges.status(r.status()));
        meta.getStyle().set("display", "flex").set("gap", "6px").set("flex-wrap", "wrap").set("align-items", "center")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (r.deadline() != null) {
            meta.add(new Span(getTranslation("request.deadline") + " " + TIME.format(r.deadline())));
        }
        Span overdue = Badges.overdue(r.overdue(), r.overdue() == Overdue.NONE ? "" : getTranslation("request.overdue." + r.overdue()));
        if (overdue != null) {
            meta.add(overdue);
        }
        add(top, meta);
    }
}
