package org.gridatlas.webapp.exports;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridatlas.webapp.base.ui.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ExportNavigation {

    @Bean
    NavEntry exportNav() {
        return new NavEntry(710, "exports.nav", "exports", VaadinIcon.DOWNLOAD);
    }
}
