package org.gridatlas.webapp.base;

import javax.sql.DataSource;

import org.gridatlas.data.base.scope.ScopedDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's DataSource so that every connection carries the current user's area (see
 * {@link ScopedDataSource} and migration V004): JPA, jOOQ, JdbcTemplate and Flyway all go through it.
 */
@Configuration
class ScopedDataSourceConfig {

    @Bean
    static BeanPostProcessor scopedDataSourcePostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof ScopedDataSource) && beanName.equals("dataSource")
                        ? new ScopedDataSource(ds) : bean;
            }
        };
    }
}
