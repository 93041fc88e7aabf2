package org.gridatlas.webapp.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Chinese first, English second; every text of the UI comes from {@code vaadin-i18n/translations*.properties}. */
@Component
class GridAtlasI18nProvider implements I18NProvider {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);
    /**
     * The bundles, searched in order: the shared one, then one per feature (each feature keeps its own texts in
     * {@code vaadin-i18n/<feature>.properties} and {@code <feature>_en.properties}).
     */
    static final List<String> BUNDLES = List.of("translations", "map", "fieldwork", "assignment", "review", "imports", "dashboard");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale chosen = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        for (String bundle : BUNDLES) {
            try {
                String text = ResourceBundle.getBundle("vaadin-i18n." + bundle, chosen, ResourceBundle.Control
                        .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
                return params.length == 0 ? text : new MessageFormat(text, chosen).format(params);
            } catch (MissingResourceException e) {
                // not in this bundle (or the bundle does not exist yet): try the next
            }
        }
        return "!" + key;
    }
}
