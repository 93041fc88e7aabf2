package org.gridatlas.webapp.base;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code schema} health: UP only when Flyway has applied every migration this build knows. */
@Component("schema")
class SchemaHealthIndicator implements HealthIndicator {

    private final Flyway flyway;

    SchemaHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        var info = flyway.info();
        int pending = info.pending().length;
        var current = info.current();
        Health.Builder health = pending == 0 && current != null ? Health.up() : Health.down();
        return health.withDetail("version", current == null ? "none" : current.getVersion().getVersion())
                .withDetail("pending", pending)
                .build();
    }
}
