package org.gridatlas.webapp;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** GridAtlas 网格治理一张图: the one runnable jar. */
@SpringBootApplication(scanBasePackages = "org.gridatlas")
@EntityScan("org.gridatlas.data")
@EnableJpaRepositories("org.gridatlas.data")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class GridAtlasApplication implements AppShellConfigurator {

    /** All dates in the product (quarters, deadlines, "overdue") are read in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(GridAtlasApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
