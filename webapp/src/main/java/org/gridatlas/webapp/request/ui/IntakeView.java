package org.gridatlas.webapp.request.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.domain.RequestItem;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.HouseholdChoice;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NewRequest;
import org.gridatlas.data.request.service.NotFoundException;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestService;

/** 登记诉求: household by search, category → item from the catalogue, description, channel. */
@Route("requests/new")
@PermitAll
class IntakeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RequestQueries queries;
    private final ComboBox<HouseholdChoice> household = new ComboBox<>();

    /** {@code ?household=<code>}: the household picked on the map (its card's 登记诉求 link). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("household")
                .filter(code -> code.matches("[0-9A-Za-z-]{1,24}"))
                .flatMap(code -> queries.householdChoices(code, 1).stream().findFirst())
                .ifPresent(household::setValue);
    }

    IntakeView(RequestQueries queries, RequestService service) {
        this.queries = queries;
        setMaxWidth("640px");
        household.setLabel(getTranslation("intake.household"));
        household.setId("intake-household");
        household.setItemLabelGenerator(HouseholdChoice::label);
        household.setItems(q -> queries.householdChoices(q.getFilter().orElse(""), q.getLimit()).stream()
                .skip(q.getOffset() > 0 ? Long.MAX_VALUE : 0));
        household.setWidthFull();
        List<RequestItem> catalogue = queries.catalogue();
        Select<String> category = new Select<>();
        category.setLabel(getTranslation("intake.category"));
        category.setId("intake-category");
        category.setItems(catalogue.stream().map(RequestItem::getCategory).distinct().toList());
        Select<RequestItem> item = new Select<>();
        item.setLabel(getTranslation("intake.item"));
        item.setId("intake-item");
        item.setItemLabelGenerator(RequestItem::getItem);
        item.setWidthFull();
        category.setWidthFull();
        category.addValueChangeListener(e -> item.setItems(catalogue.stream()
                .filter(i -> i.getCategory().equals(e.getValue())).toList()));
        TextArea description = new TextArea(getTranslation("intake.description"));
        description.setId("intake-description");
        description.setWidthFull();
        description.setMaxLength(2000);
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("intake.channel"));
        channel.setId("intake-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setValue(Channel.STATION);
        Button submit = new Button(getTranslation("intake.submit"), e -> {
            try {
                var created = service.create(new NewRequest(household.getValue() == null ? null : household.getValue().id(),
                        item.getValue() == null ? null : item.getValue().getId(), description.getValue(),
                        channel.getValue(), null));
                getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                        new RouteParameters("id", String.valueOf(created.request().summary().id()))));
            } catch (InvalidInputException ex) {
                error(ex.problems().stream().map(FieldProblem::message).reduce((a, b) -> a + "；" + b).orElse(""));
            } catch (NotFoundException ex) {
                error(ex.getMessage());
            }
        });
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H3(getTranslation("intake.title")), household, category, item, description, channel, submit);
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title") + " · " + getTranslation("app.title");
    }
}
