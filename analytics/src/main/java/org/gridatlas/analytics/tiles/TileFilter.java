package org.gridatlas.analytics.tiles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The optional filters of the map's point layers, parsed from query parameters. A layer ignores filters that do
 * not apply to it (a time range on posts, say); a malformed value is refused with a message naming the parameter.
 *
 * @param from     first day (inclusive) of the time range on created_at / opened_at / visited_at, or null
 * @param to       last day (inclusive) of that range, or null
 * @param status   request or dispute status, or null
 * @param category request category (from request_item), or null
 * @param caseType request case type, or null
 * @param agent    agent (person) id: the agent itself, requests and visits of that agent, disputes they mediate
 */
public record TileFilter(LocalDate from, LocalDate to, String status, String category, String caseType, Long agent) {

    public static final TileFilter NONE = new TileFilter(null, null, null, null, null, null);
    /** Days begin and end in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern CODE = Pattern.compile("[A-Z_]{1,16}");
    private static final int MAX_CATEGORY = 32;

    public TileFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("parameter 'to' must not be before parameter 'from'");
        }
    }

    /** Parses the filter parameters; blank values count as absent. */
    public static TileFilter parse(Map<String, String> params) {
        return new TileFilter(date(params, "from"), date(params, "to"), code(params, "status"),
                category(params), code(params, "caseType"), agent(params));
    }

    /** Start of the range as an instant (the beginning of time when open). */
    public OffsetDateTime fromInstant() {
        return from == null ? OffsetDateTime.parse("1900-01-01T00:00:00+08:00") : from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** End of the range, exclusive (the end of time when open). */
    public OffsetDateTime toInstantExclusive() {
        return to == null ? OffsetDateTime.parse("9999-01-01T00:00:00+08:00") : to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** A stable text of the filter for cache keys. */
    public String key() {
        return from + "|" + to + "|" + status + "|" + category + "|" + caseType + "|" + agent;
    }

    private static String value(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(Map<String, String> params, String name) {
        String v = value(params, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be an ISO date like 2025-04-01");
        }
    }

    private static String code(Map<String, String> params, String name) {
        String v = value(params, name);
        if (v != null && !CODE.matcher(v).matches()) {
            throw new IllegalArgumentException("parameter '" + name + "' must be an upper-case code like "
                    + ("status".equals(name) ? "HANDLING" : "IMMEDIATE"));
        }
        return v;
    }

    private static String category(Map<String, String> params) {
        String v = value(params, "category");
        if (v != null && (v.length() > MAX_CATEGORY || v.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("parameter 'category' must be a category name of at most "
                    + MAX_CATEGORY + " characters");
        }
        return v;
    }

    private static Long agent(Map<String, String> params) {
        String v = value(params, "agent");
        if (v == null) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter 'agent' must be a positive agent id like 1042");
        }
    }
}
