package org.gridatlas.webapp.review;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 季度点评: the quarterly review screen, for town secretaries, county leaders, supervisors and admins. */
@Configuration
class ReviewNavigation {

    static final String[] ROLES = {"TOWN_SECRETARY", "COUNTY_LEADER", "SUPERVISOR", "ADMIN"};

    @Bean
    NavEntry reviewNav() {
        return new NavEntry(45, "nav.review", "review", VaadinIcon.GRID_BIG, Set.of(ROLES));
    }
}
