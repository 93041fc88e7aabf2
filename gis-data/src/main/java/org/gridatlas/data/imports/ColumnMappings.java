package org.gridatlas.data.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Column mappings remembered per file layout: the header row is normalised (trimmed, inner spaces removed, lower
 * case), hashed with SHA-256, and the mapping (field name → column index) kept per county and import kind. A file
 * with the same header gets the mapping back; a stored mapping that no longer fits the header is ignored.
 */
@Service
public class ColumnMappings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FIND = "SELECT mapping::text FROM import_column_mapping WHERE county_code = ? AND kind = ? AND header_hash = ?";
    private static final String SAVE = """
            INSERT INTO import_column_mapping (county_code, kind, header_hash, headers, mapping, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (county_code, kind, header_hash)
            DO UPDATE SET mapping = excluded.mapping, updated_by = excluded.updated_by, updated_at = excluded.updated_at""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ColumnMappings(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The header row as compared: each heading trimmed, without spaces, lower case, joined by a unit separator. */
    public static String normalise(List<String> headers) {
        return headers.stream().map(h -> h == null ? "" : h.strip().replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\u001f"));
    }

    public static String hash(List<String> headers) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalise(headers).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mapping remembered for this header row in the user's county, if any (and if it still fits). */
    public <F extends Enum<F>> Optional<Map<F, Integer>> recall(String kind, Class<F> fields, List<String> headers) {
        String county = county();
        if (county == null) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList(FIND, String.class, county, kind, hash(headers));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> stored;
        try {
            stored = JSON.readValue(found.getFirst(), new TypeReference<Map<String, Integer>>() { });
        } catch (JacksonException e) {
            return Optional.empty();
        }
        Map<F, Integer> map = new EnumMap<>(fields);
        for (var e : stored.entrySet()) {
            F f;
            try {
                f = Enum.valueOf(fields, e.getKey());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (e.getValue() != null && e.getValue() >= 0 && e.getValue() < headers.size()) {
                map.put(f, e.getValue());
            }
        }
        return Optional.of(map);
    }

    /** Remembers the mapping for this header row in the user's county (replacing an earlier one). */
    public <F extends Enum<F>> void remember(String kind, List<String> headers, Map<F, Integer> columns) {
        String county = county();
        if (county == null) {
            return;
        }
        Map<String, Integer> byName = new TreeMap<>();
        columns.forEach((f, i) -> byName.put(f.name(), i));
        String json;
        try {
            json = JSON.writeValueAsString(byName);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
        String headerText = String.join(" | ", headers);
        jdbc.update(SAVE, county, kind, hash(headers), headerText.length() > 2000 ? headerText.substring(0, 2000) : headerText,
                json, Scopes.current().username(), Timestamp.from(clock.instant()));
    }

    private static String county() {
        Scope s = Scopes.current();
        String area = s == null ? null : s.captureArea();
        return area == null || area.length() < 6 || !area.substring(0, 6).chars().allMatch(Character::isDigit) ? null : area.substring(0, 6);
    }
}
