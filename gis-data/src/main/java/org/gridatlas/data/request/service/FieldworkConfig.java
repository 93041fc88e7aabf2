package org.gridatlas.data.request.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The working-day calendar, read once from the yearly files on the classpath. */
@Configuration
class FieldworkConfig {

    @Bean
    Deadlines requestDeadlines() {
        try {
            Map<String, InputStream> files = new LinkedHashMap<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(WorkingCalendar.RESOURCE_PATTERN)) {
                files.put(r.getFilename(), r.getInputStream());
            }
            return new Deadlines(WorkingCalendar.parse(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the working-day calendar", e);
        }
    }
}
