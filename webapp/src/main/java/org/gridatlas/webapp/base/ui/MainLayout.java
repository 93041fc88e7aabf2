package org.gridatlas.webapp.base.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.webapp.security.CurrentUser;

/** The app shell: title, navigation drawer, language switch. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, List<NavEntry> entries) {
        getUI().ifPresent(ui -> ui.setLocale(LocaleChoice.current()));
        setPrimarySection(Section.NAVBAR);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("ga-app-title");
        Button language = new Button(getTranslation("app.switch-language"),
                e -> LocaleChoice.switchTo(LocaleChoice.isEnglish() ? GridAtlasI18nProvider.CHINESE : Locale.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        Span who = new Span(CurrentUser.get()
                .map(u -> getTranslation("app.user", u.account().username(),
                        getTranslation("role." + u.account().role().name()), u.account().viewArea()))
                .orElse(""));
        who.setId("current-user");
        who.addClassName("ga-current-user");
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, language, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("ga-navbar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        entries.stream()
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(auth::hasRole))
                .sorted(Comparator.comparingInt(NavEntry::order))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.labelKey()), e.route(), e.icon().create())));
        addToDrawer(nav);
        setDrawerOpened(false);
    }
}
