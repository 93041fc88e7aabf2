package org.gridatlas.webapp.worklist.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation of the field-work screens (issue 4). */
@Configuration
class WorklistNavigation {

    @Bean
    NavEntry worklistNav() {
        return new NavEntry(30, "nav.worklist", "worklist", VaadinIcon.TASKS);
    }

    @Bean
    NavEntry intakeNav() {
        return new NavEntry(31, "nav.intake", "requests/new", VaadinIcon.PLUS_CIRCLE);
    }

    @Bean
    NavEntry visitNav() {
        return new NavEntry(32, "nav.visit", "visits/new", VaadinIcon.HOME);
    }

    @Bean
    NavEntry areaRequestsNav() {
        return new NavEntry(33, "nav.requests", "requests", VaadinIcon.LIST,
                Set.of("SUPERVISOR", "TOWN_SECRETARY", "COUNTY_LEADER", "ADMIN"));
    }
}
