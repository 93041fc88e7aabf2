package org.gridatlas.webapp.admin.ui;

import java.time.Clock;
import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.Account;
import org.gridatlas.data.account.service.AccountService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 用户管理: administrators create users bound to an area, bind agents to their agent record and limit supervisors to
 * grid areas ({@link UserScopeForm}), and lift lockouts.
 */
@Route("admin/users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** The shortest password accepted for a new user. */
    static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Grid<Account> grid = new Grid<>();
    private final UserScopeForm scopeForm;

    UsersView(AccountService accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        grid.setId("users-grid");
        grid.setMinHeight("360px");
        grid.addColumn(Account::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(Account::viewArea).setHeader(getTranslation("users.view-area"));
        grid.addColumn(Account::captureArea).setHeader(getTranslation("users.capture-area"));
        grid.addColumn(this::narrowing).setHeader(getTranslation("users.narrowing")).setAutoWidth(true);
        grid.addColumn(a -> a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant())
                ? getTranslation("users.locked") : "").setHeader(getTranslation("users.state"));
        grid.addComponentColumn(a -> {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                accounts.unlock(a.username());
                refresh();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            unlock.setVisible(a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant()));
            return unlock;
        });
        scopeForm = new UserScopeForm(accounts, this::refresh);
        add(new H3(getTranslation("users.title")), createForm(), scopeForm, grid);
        setSizeFull();
        refresh();
    }

    private FormLayout createForm() {
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        username.setPattern("[a-z][a-z0-9_]{2,31}");
        TextField display = new TextField(getTranslation("users.display-name"));
        ComboBox<UserRole> role = new ComboBox<>(getTranslation("users.role"), Arrays.asList(UserRole.values()));
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("new-role");
        TextField view = new TextField(getTranslation("users.view-area"));
        view.setPattern("\\d{2,12}");
        view.setId("new-view-area");
        TextField capture = new TextField(getTranslation("users.capture-area"));
        capture.setPattern("\\d{2,12}");
        capture.setId("new-capture-area");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setId("new-password");
        Button create = new Button(getTranslation("users.create"), e -> {
            String problem = problem(username.getValue(), role.getValue(), view.getValue(), capture.getValue(), password.getValue());
            if (problem != null) {
                Notification.show(problem, 5000, Notification.Position.MIDDLE);
                return;
            }
            accounts.create(username.getValue(), display.getValue().isBlank() ? username.getValue() : display.getValue(),
                    passwords.encode(password.getValue()), role.getValue(), view.getValue(), capture.getValue());
            password.clear();
            Notification.show(getTranslation("users.created", username.getValue()));
            refresh();
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(username, display, role, view, capture, password, create);
    }

    private String problem(String username, UserRole role, String view, String capture, String password) {
        if (username == null || !username.matches("[a-z][a-z0-9_]{2,31}")) {
            return getTranslation("users.bad-username");
        }
        if (accounts.exists(username)) {
            return getTranslation("users.exists", username);
        }
        if (role == null) {
            return getTranslation("users.no-role");
        }
        if (!view.matches("\\d{2,12}") || !capture.matches("\\d{2,12}") || !capture.startsWith(view)) {
            return getTranslation("users.bad-area");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return getTranslation("users.short-password", MIN_PASSWORD_LENGTH);
        }
        return null;
    }

    private void refresh() {
        var all = accounts.all();
        grid.setItems(all);
        scopeForm.refresh(all);
    }

    private String narrowing(Account a) {
        if (a.role() == UserRole.AGENT) {
            return a.personId() == null ? getTranslation("users.agent-unbound") : getTranslation("users.agent-bound", String.valueOf(a.personId()));
        }
        return a.gridAreaIds().isEmpty() ? "" : getTranslation("users.grid-bound", a.gridAreaIds().size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}
