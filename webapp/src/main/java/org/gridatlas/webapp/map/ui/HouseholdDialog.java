package org.gridatlas.webapp.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.gridatlas.webapp.security.CurrentUser;
import org.gridatlas.data.household.service.HouseholdCard;
import org.gridatlas.data.household.service.HouseholdService;
import org.gridatlas.data.household.service.RevealRefusedException;

/** The household card: masked by default; a permitted role reveals it by stating a reason (audited). */
class HouseholdDialog extends Dialog {

    private final HouseholdService households;
    private final FormLayout form = new FormLayout();

    HouseholdDialog(HouseholdService households, HouseholdCard card) {
        this.households = households;
        setId("household-card");
        setHeaderTitle(getTranslation("household.title", card.code()));
        setWidth("420px");
        show(card);
        add(form);
        Button close = new Button(getTranslation("household.close"), e -> close());
        Button register = new Button(getTranslation("household.register-request"), e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate("requests/new",
                    com.vaadin.flow.router.QueryParameters.of("household", card.code())));
        });
        register.setId("register-request");
        getFooter().add(register, close);
        if (!card.revealed() && HouseholdService.mayReveal(CurrentUser.scope())) {
            getFooter().add(revealControls(card.id()));
        }
    }

    private void show(HouseholdCard c) {
        form.removeAll();
        form.addFormItem(value("household-name", c.headName()), getTranslation("household.head"));
        form.addFormItem(value("household-phone", c.phone()), getTranslation("household.phone"));
        form.addFormItem(value("household-id-number", c.idNumber()), getTranslation("household.id-number"));
        form.addFormItem(value("household-address", c.address()), getTranslation("household.address"));
        form.addFormItem(value("household-size", String.valueOf(c.size())), getTranslation("household.size"));
        form.addFormItem(value("household-flags", flags(c)), getTranslation("household.flags"));
    }

    private Span value(String id, String text) {
        Span s = new Span(text == null ? "" : text);
        s.setId(id);
        return s;
    }

    private String flags(HouseholdCard c) {
        StringBuilder sb = new StringBuilder();
        if (c.mustVisit()) {
            sb.append(getTranslation("household.must-visit")).append(' ');
        }
        if (c.lowIncome()) {
            sb.append(getTranslation("household.low-income")).append(' ');
        }
        if (c.disabled()) {
            sb.append(getTranslation("household.disabled")).append(' ');
        }
        if (c.elderlyAlone()) {
            sb.append(getTranslation("household.elderly-alone"));
        }
        return sb.toString().strip();
    }

    private com.vaadin.flow.component.Component revealControls(long id) {
        TextField reason = new TextField();
        reason.setId("reveal-reason");
        reason.setPlaceholder(getTranslation("household.reveal-reason"));
        reason.setMaxLength(500);
        Button reveal = new Button(getTranslation("household.reveal"));
        reveal.setId("reveal");
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> {
            try {
                String ip = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
                households.reveal(id, reason.getValue(), ip).ifPresent(this::show);
                reason.setVisible(false);
                reveal.setVisible(false);
            } catch (RevealRefusedException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("household.reveal-needs-reason"));
            }
        });
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(reason, reveal);
    }
}
