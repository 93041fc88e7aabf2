package org.gridatlas.webapp.assignment;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 分派: the assignment screen in the drawer, for supervisors, town secretaries and admins. */
@Configuration
class AssignmentNavigation {

    @Bean
    NavEntry assignmentNav() {
        return new NavEntry(30, "nav.assignment", "assignment", VaadinIcon.USERS,
                Set.of("SUPERVISOR", "TOWN_SECRETARY", "ADMIN"));
    }
}
