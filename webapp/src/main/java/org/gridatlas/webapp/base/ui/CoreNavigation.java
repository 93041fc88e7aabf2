package org.gridatlas.webapp.base.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation of the screens that ship with the foundation. */
@Configuration
class CoreNavigation {

    @Bean
    NavEntry mapNav() {
        return new NavEntry(10, "nav.map", "", VaadinIcon.MAP_MARKER);
    }

    @Bean
    NavEntry overviewNav() {
        return new NavEntry(20, "nav.overview", "overview", VaadinIcon.CHART);
    }

    @Bean
    NavEntry usersNav() {
        return new NavEntry(890, "nav.users", "admin/users", VaadinIcon.USERS, Set.of("ADMIN"));
    }

    @Bean
    NavEntry auditNav() {
        return new NavEntry(900, "nav.audit", "admin/audit", VaadinIcon.RECORDS, Set.of("ADMIN"));
    }
}
