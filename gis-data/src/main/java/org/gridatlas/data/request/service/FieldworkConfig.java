package org.gridatlas.data.request.service;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar, read once from the yearly files on the classpath. */
@Configuration
class FieldworkConfig {

    @Bean
    Deadlines requestDeadlines() {
        return new Deadlines(WorkingCalendar.fromClasspath());
    }
}
