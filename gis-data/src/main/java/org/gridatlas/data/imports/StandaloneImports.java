package org.gridatlas.data.imports;

import java.time.Clock;

import javax.sql.DataSource;

import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.imports.boundary.BoundaryImportService;
import org.gridatlas.data.imports.people.PeopleImportService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The import services on a DataSource of their own, outside the application — for {@code ./gridatlas bench import}
 * and the round trip into an empty database: a small Spring context with the same beans, transactions and audit
 * as in the app. The DataSource should be a {@code ScopedDataSource} so row-level security applies as usual.
 */
public final class StandaloneImports implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

    public StandaloneImports(DataSource dataSource, Clock clock) {
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(Clock.class, () -> clock);
        context.register(Transactions.class, AuditService.class, ColumnMappings.class, HouseholdImportService.class,
                BoundaryImportService.class, PeopleImportService.class);
        context.refresh();
    }

    public HouseholdImportService households() {
        return context.getBean(HouseholdImportService.class);
    }

    public BoundaryImportService boundaries() {
        return context.getBean(BoundaryImportService.class);
    }

    public PeopleImportService people() {
        return context.getBean(PeopleImportService.class);
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Transactions {
    }
}
