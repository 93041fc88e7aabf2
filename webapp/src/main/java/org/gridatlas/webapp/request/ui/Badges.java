package org.gridatlas.webapp.request.ui;

import com.vaadin.flow.component.html.Span;
import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.service.Overdue;

/** Small coloured labels for a request's status and its overdue state (the one {@link Overdue} rule). */
public final class Badges {

    private Badges() {
    }

    public static Span status(RequestStatus status) {
        return badge(status.label(), "#e3eaf2", "#24425e", "status");
    }

    /** Red past the deadline, amber within a day of it; {@code null} otherwise. */
    public static Span overdue(Overdue overdue, String text) {
        return switch (overdue) {
            case RED -> badge(text, "#c62828", "#fff", "overdue-red");
            case AMBER -> badge(text, "#f9a825", "#3b2a00", "overdue-amber");
            case NONE -> null;
        };
    }

    private static Span badge(String text, String background, String color, String kind) {
        Span s = new Span(text);
        s.addClassName("ga-badge");
        s.addClassName("ga-badge-" + kind);
        s.getStyle().set("background", background).set("color", color).set("border-radius", "10px")
                .set("padding", "1px 8px").set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        return s;
    }
}
