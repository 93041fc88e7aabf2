package org.gridatlas.webapp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.demo.DemoLoader;
import org.gridatlas.data.demo.DemoProfile;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The PostGIS test database prepared by {@code ./gridatlas test}, holding the Liyang demo at a fixed date. */
final class TestDatabase {

    /** Every test reads time from this instant (the same as the data-layer tests: Tuesday 2025-05-20, 10:00 CST). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("gridatlas.test.url",
                "jdbc:postgresql://127.0.0.1:55432/gridatlas_test"));
        registry.add("spring.datasource.username", () -> System.getProperty("gridatlas.test.user", "gridatlas"));
        registry.add("spring.datasource.password", () -> System.getProperty("gridatlas.test.password", ""));
        registry.add("gridatlas.demo.profile", () -> "liyang");
    }

    /** Migrates and loads the Liyang demo unless an earlier module's tests already did. */
    static void ensureLiyang(DataSource dataSource, Flyway flyway) {
        flyway.migrate();
        Scopes.runAs(Scope.SYSTEM, () -> new DemoLoader(dataSource, CLOCK)
                .loadIfEmpty(DemoProfile.LIYANG, DemoLoader.DEFAULT_SEED, line -> { }));
    }
}
