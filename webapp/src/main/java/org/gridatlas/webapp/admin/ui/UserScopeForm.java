package org.gridatlas.webapp.admin.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.Account;
import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.account.service.AccountService.Choice;

/**
 * Binds an existing user more narrowly than their area: an AGENT user to their agent record (they then see only that
 * agent's households and items), a supervisor to grid areas of their village (empty = the whole village).
 */
class UserScopeForm extends VerticalLayout {

    private final AccountService accounts;
    private final Runnable changed;
    private final ComboBox<Account> user = new ComboBox<>();
    private final ComboBox<Choice> agent = new ComboBox<>();
    private final MultiSelectComboBox<Choice> grids = new MultiSelectComboBox<>();

    UserScopeForm(AccountService accounts, Runnable changed) {
        this.accounts = accounts;
        this.changed = changed;
        setPadding(false);
        user.setLabel(getTranslation("users.scope-user"));
        user.setItemLabelGenerator(a -> a.username() + " · " + getTranslation("role." + a.role().name()) + " · " + a.viewArea());
        user.setId("scope-user");
        agent.setLabel(getTranslation("users.agent"));
        agent.setItemLabelGenerator(c -> c.code() + " " + c.label());
        agent.setClearButtonVisible(true);
        agent.setId("scope-agent");
        grids.setLabel(getTranslation("users.grid-areas"));
        grids.setItemLabelGenerator(c -> c.label() + " (" + c.code() + ")");
        grids.setClearButtonVisible(true);
        grids.setId("scope-grid-areas");
        user.addValueChangeListener(e -> show(e.getValue()));
        Button save = new Button(getTranslation("users.bind"), e -> save());
        save.setId("scope-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H4(getTranslation("users.scope-title")), new FormLayout(user, agent, grids, save));
        show(null);
    }

    void refresh(List<Account> all) {
        String selected = user.getValue() == null ? null : user.getValue().username();
        user.setItems(all.stream().filter(a -> a.role() == UserRole.AGENT || a.role() == UserRole.SUPERVISOR).toList());
        all.stream().filter(a -> a.username().equals(selected)).findFirst().ifPresent(user::setValue);
    }

    private void show(Account a) {
        agent.setEnabled(a != null && a.role() == UserRole.AGENT);
        grids.setEnabled(a != null && a.role() == UserRole.SUPERVISOR);
        if (a == null) {
            agent.setItems(List.of());
            grids.setItems(List.of());
            return;
        }
        List<Choice> agents = a.role() == UserRole.AGENT ? accounts.agentsIn(a.captureArea()) : List.of();
        agent.setItems(agents);
        agent.setValue(agents.stream().filter(c -> Objects.equals(c.id(), a.personId())).findFirst().orElse(null));
        List<Choice> areas = a.role() == UserRole.SUPERVISOR ? accounts.gridAreasIn(a.viewArea()) : List.of();
        grids.setItems(areas);
        Set<Long> current = Set.copyOf(a.gridAreaIds());
        grids.setValue(areas.stream().filter(c -> current.contains(c.id())).collect(Collectors.toSet()));
    }

    private void save() {
        Account a = user.getValue();
        if (a == null) {
            Notification.show(getTranslation("users.scope-no-user"), 5000, Notification.Position.MIDDLE);
            return;
        }
        try {
            Long agentId = a.role() == UserRole.AGENT && agent.getValue() != null ? agent.getValue().id() : null;
            List<Long> gridIds = a.role() == UserRole.SUPERVISOR
                    ? grids.getValue().stream().map(Choice::id).sorted().toList() : List.of();
            accounts.bind(a.username(), agentId, gridIds);
            Notification.show(getTranslation("users.bound", a.username()));
            changed.run();
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
        }
    }
}
