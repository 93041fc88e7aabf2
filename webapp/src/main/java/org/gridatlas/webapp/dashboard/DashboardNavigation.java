package org.gridatlas.webapp.dashboard;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 季度看板 and 会议模式 in the drawer, for county leaders, town secretaries, supervisors and admins. */
@Configuration
class DashboardNavigation {

    /** The roles that see the quarterly dashboard and meeting mode (agents work from their worklist). */
    static final Set<String> ROLES = Set.of("COUNTY_LEADER", "TOWN_SECRETARY", "SUPERVISOR", "ADMIN");

    @Bean
    NavEntry dashboardNav() {
        return new NavEntry(22, "nav.dashboard", "dashboard", VaadinIcon.DASHBOARD, ROLES);
    }

    @Bean
    NavEntry meetingNav() {
        return new NavEntry(24, "nav.meeting", "meeting", VaadinIcon.PRESENTATION, ROLES);
    }
}
