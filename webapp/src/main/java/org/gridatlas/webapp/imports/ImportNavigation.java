package org.gridatlas.webapp.imports;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ImportNavigation {

    @Bean
    NavEntry householdImportNav() {
        return new NavEntry(700, "imports.nav", "imports/households", VaadinIcon.UPLOAD,
                Set.of("ADMIN", "TOWN_SECRETARY", "SUPERVISOR"));
    }

    @Bean
    NavEntry peopleImportNav() {
        return new NavEntry(702, "people.nav", "imports/people", VaadinIcon.USERS,
                Set.of("ADMIN", "TOWN_SECRETARY", "SUPERVISOR"));
    }

    @Bean
    NavEntry boundaryImportNav() {
        return new NavEntry(705, "boundaries.nav", "imports/boundaries", VaadinIcon.MAP_MARKER,
                Set.of("ADMIN", "TOWN_SECRETARY", "SUPERVISOR"));
    }
}
