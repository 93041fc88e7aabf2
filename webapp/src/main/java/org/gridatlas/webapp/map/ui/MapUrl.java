package org.gridatlas.webapp.map.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.gridatlas.analytics.tiles.TileFilter;

/**
 * The map's shareable URL: {@code ?c=lon,lat&z=zoom&layers=a,b&bm=osm&area=code} and the point-layer filters
 * {@code from=2025-04-01&to=2025-06-30&status=HANDLING&category=…&caseType=IMMEDIATE&agent=1042}.
 * Bad values are ignored (the map opens as if they were absent; a range ending before it starts loses its end).
 */
record MapUrl(Optional<double[]> view, Set<String> layers, Optional<String> basemap, Optional<String> area,
              Optional<LocalDate> from, Optional<LocalDate> to, Map<String, String> otherFilters) {

    private static final Pattern CODE = Pattern.compile("\\d{2,12}");
    private static final Pattern ID = Pattern.compile("[a-z-]{1,20}");
    /** The point-layer filters besides the time range, checked by the tiles' own rules (TileFilter). */
    private static final List<String> OTHER_FILTERS = List.of("status", "category", "caseType", "agent");

    static MapUrl parse(QueryParameters q) {
        Optional<double[]> view = first(q, "c").flatMap(c -> first(q, "z").flatMap(z -> parseView(c, z)));
        Set<String> layers = new LinkedHashSet<>();
        first(q, "layers").ifPresent(l -> Arrays.stream(l.split(",")).filter(LayerPanel.LAYERS::containsKey).forEach(layers::add));
        Optional<LocalDate> from = date(q, "from");
        Optional<LocalDate> to = date(q, "to").filter(t -> from.isEmpty() || !t.isBefore(from.get()));
        Map<String, String> other = new LinkedHashMap<>();
        for (String name : OTHER_FILTERS) {
            first(q, name).map(String::strip).filter(v -> !v.isEmpty() && valid(name, v)).ifPresent(v -> other.put(name, v));
        }
        return new MapUrl(view, layers, first(q, "bm").filter(b -> ID.matcher(b).matches()),
                first(q, "area").filter(a -> CODE.matcher(a).matches()), from, to, other);
    }

    /** Every filter for the map component, the time range first. */
    Map<String, String> filters() {
        Map<String, String> all = new LinkedHashMap<>();
        from.ifPresent(d -> all.put("from", d.toString()));
        to.ifPresent(d -> all.put("to", d.toString()));
        all.putAll(otherFilters);
        return all;
    }

    static void setArea(String code) {
        UI.getCurrent().getPage().executeJs("const u = new URL(window.location.href); u.searchParams.set('area', $0);"
                + " window.history.replaceState(window.history.state, '', u);", code);
    }

    private static boolean valid(String name, String value) {
        try {
            TileFilter.parse(Map.of(name, value));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<LocalDate> date(QueryParameters q, String name) {
        try {
            return first(q, name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<double[]> parseView(String c, String z) {
        try {
            String[] parts = c.split(",");
            double lon = Double.parseDouble(parts[0]);
            double lat = Double.parseDouble(parts[1]);
            double zoom = Double.parseDouble(z);
            boolean ok = parts.length == 2 && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
            return ok ? Optional.of(new double[] {lon, lat, zoom}) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(QueryParameters q, String name) {
        List<String> values = q.getParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }
}
