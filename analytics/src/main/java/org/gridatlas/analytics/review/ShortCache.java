package org.gridatlas.analytics.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.gridatlas.data.base.scope.Scopes;

/**
 * A small time-limited cache for expensive review inputs (area outlines, visit coverage of a county), keyed by the
 * rows the caller may see ({@code Scope.rowsKey()}: viewing area, agent, grid areas) as well, so row-level security
 * decides each entry exactly as it would uncached.
 */
final class ShortCache<V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;
    private final int max;

    ShortCache(Duration ttl, int max, Clock clock) {
        this.ttl = ttl;
        this.max = max;
        this.clock = clock;
    }

    void clear() {
        entries.clear();
    }

    V get(String key, Supplier<V> compute) {
        String k = Scopes.current().rowsKey() + "|" + key;
        Instant now = clock.instant();
        Entry<V> e = entries.get(k);
        if (e != null && e.until().isAfter(now)) {
            return e.value();
        }
        V v = compute.get();
        if (entries.size() >= max) {
            entries.entrySet().removeIf(x -> !x.getValue().until().isAfter(now));
            if (entries.size() >= max) {
                entries.clear();
            }
        }
        entries.put(k, new Entry<>(v, now.plus(ttl)));
        return v;
    }
}
