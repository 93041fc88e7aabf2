package org.gridatlas.webapp.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One item of the navigation drawer. Each feature contributes its own as a Spring bean, so adding a screen never
 * edits the layout. {@code roles} empty = every logged-in user; otherwise only users with one of these roles.
 */
public record NavEntry(int order, String labelKey, String route, VaadinIcon icon, java.util.Set<String> roles) {

    public NavEntry(int order, String labelKey, String route, VaadinIcon icon) {
        this(order, labelKey, route, icon, java.util.Set.of());
    }
}
