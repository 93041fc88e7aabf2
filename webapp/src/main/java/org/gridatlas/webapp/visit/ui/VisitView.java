package org.gridatlas.webapp.visit.ui;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.HouseholdChoice;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NotFoundException;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.visit.service.DueVisit;
import org.gridatlas.data.visit.service.NewVisit;
import org.gridatlas.data.visit.service.VisitService;

/**
 * 登记走访 on a phone: household by search, the browser's GPS fix with its accuracy, 民情日志 and tags; below, the
 * agent's 三必访 and "due for a visit" lists.
 */
@Route("visits/new")
@PermitAll
class VisitView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Deadlines.ZONE);
    static final String LOCATE = "return new Promise((resolve) => { if (!navigator.geolocation) { resolve(''); return; }"
            + " navigator.geolocation.getCurrentPosition(p => resolve(p.coords.longitude + ',' + p.coords.latitude + ','"
            + " + p.coords.accuracy), e => resolve(''), {enableHighAccuracy: true, timeout: 10000}); })";

    private Double lon;
    private Double lat;
    private Double accuracy;

    VisitView(VisitService visits, RequestQueries queries) {
        setMaxWidth("640px");
        ComboBox<HouseholdChoice> household = new ComboBox<>(getTranslation("visit.household"));
        household.setId("visit-household");
        household.setItemLabelGenerator(HouseholdChoice::label);
        household.setItems(q -> queries.householdChoices(q.getFilter().orElse(""), q.getLimit()).stream()
                .skip(q.getOffset() > 0 ? Long.MAX_VALUE : 0));
        household.setWidthFull();
        Span fix = new Span();
        fix.setId("visit-fix");
        Button locate = new Button(getTranslation("visit.locate"), e -> getElement().executeJs(LOCATE).then(String.class, text -> {
            String[] parts = text == null ? new String[0] : text.split(",");
            if (parts.length != 3) {
                fix.setText(getTranslation("visit.no-location", "—"));
                return;
            }
            lon = Double.parseDouble(parts[0]);
            lat = Double.parseDouble(parts[1]);
            accuracy = Double.parseDouble(parts[2]);
            fix.setText(getTranslation("visit.located", Math.round(accuracy)));
        }));
        locate.setId("visit-locate");
        TextArea note = new TextArea(getTranslation("visit.note"));
        note.setId("visit-note");
        note.setWidthFull();
        TextField tags = new TextField(getTranslation("visit.tags"));
        tags.setId("visit-tags");
        tags.setWidthFull();
        Button save = new Button(getTranslation("visit.submit"), e -> {
            try {
                List<String> tagList = Arrays.stream(tags.getValue().split("[,，、]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                visits.log(new NewVisit(household.getValue() == null ? null : household.getValue().id(), null, null,
                        lon, lat, accuracy, note.getValue(), tagList, null, null));
                Notification.show(getTranslation("visit.saved"), 2500, Notification.Position.BOTTOM_CENTER);
                household.clear();
                note.clear();
                tags.clear();
            } catch (InvalidInputException ex) {
                error(ex.problems().stream().map(FieldProblem::message).reduce((a, b) -> a + "；" + b).orElse(""));
            } catch (NotFoundException ex) {
                error(ex.getMessage());
            }
        });
        save.setId("visit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3(getTranslation("visit.title")), household, new Div(locate, fix), note, tags, save);
        visits.currentAgent().ifPresent(agent -> {
            add(new H4(getTranslation("visit.must")), list("must-visit", visits.mustVisit(agent)));
            add(new H4(getTranslation("visit.due")), list("due-visits", visits.dueFor(agent)));
        });
    }

    private Div list(String id, List<DueVisit> items) {
        Div d = new Div();
        d.setId(id);
        d.setWidthFull();
        items.stream().limit(30).forEach(v -> {
            Div row = new Div(new Span(v.householdCode() + "　" + v.address()));
            row.add(new Div(new Span(v.lastVisit() == null ? getTranslation("visit.never")
                    : getTranslation("visit.last") + " " + DAY.format(v.lastVisit()))));
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "4px 0")
                    .set("font-size", "var(--lumo-font-size-s)");
            d.add(row);
        });
        return d;
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.title") + " · " + getTranslation("app.title");
    }
}
