package org.gridatlas.data.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link DemoLoader#loadIfEmpty} did.
 *
 * @param loaded  false when the database already held data and nothing was loaded
 * @param profile the profile asked for
 * @param counts  rows per table (in load order); the existing counts when nothing was loaded
 * @param millis  wall time of the whole call
 */
public record LoadReport(boolean loaded, DemoProfile profile, Map<String, Long> counts, long millis) {

    public LoadReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
