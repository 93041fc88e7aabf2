package org.gridatlas.webapp.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** The language of a session: Chinese unless the user switched to English. */
public final class LocaleChoice {

    private LocaleChoice() {
    }

    public static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LocaleChoice.class.getName());
        return chosen instanceof Locale l ? l : GridAtlasI18nProvider.CHINESE;
    }

    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LocaleChoice.class.getName(), locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    public static boolean isEnglish() {
        return current().getLanguage().equals("en");
    }
}
