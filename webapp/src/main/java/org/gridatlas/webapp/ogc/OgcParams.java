package org.gridatlas.webapp.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.gridatlas.analytics.ogc.OgcRequest;

/** Parses and checks the query parameters of {@code /ogc/collections/{id}/items}; each error names its parameter. */
final class OgcParams {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OgcParams() {
    }

    static OgcRequest parse(String bbox, String datetime, String limit, String offset) {
        double[] b = bbox(bbox);
        OffsetDateTime[] t = datetime(datetime);
        return new OgcRequest(b[0], b[1], b[2], b[3], t[0], t[1], limit(limit), offset(offset));
    }

    static double[] bbox(String text) {
        if (text == null || text.isBlank()) {
            return new double[] {-180, -90, 180, 90};
        }
        String message = "parameter 'bbox' must be minLon,minLat,maxLon,maxLat in WGS 84 degrees like 119.2,31.2,119.6,31.6";
        String[] parts = text.split(",");
        if (parts.length != 4 && parts.length != 6) {
            throw new IllegalArgumentException(message);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(message);
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(message);
            }
        }
        double[] b = parts.length == 4 ? v : new double[] {v[0], v[1], v[3], v[4]};
        if (b[0] > b[2] || b[1] > b[3] || b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90) {
            throw new IllegalArgumentException(message);
        }
        return b;
    }

    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return (int) Math.min(n, MAX_LIMIT);   // OGC Core: a larger limit is not an error, the maximum applies
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT);
        }
    }

    static long offset(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter 'offset' must be a whole number of 0 or more");
        }
    }

    /** An RFC 3339 instant or date, or an interval of two with {@code ..} (or nothing) for an open end. */
    static OffsetDateTime[] datetime(String text) {
        if (text == null || text.isBlank()) {
            return new OffsetDateTime[] {OgcRequest.BEGINNING, OgcRequest.END};
        }
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 1) {
                if (parts[0].length() == 10) {
                    LocalDate day = LocalDate.parse(parts[0]);
                    return new OffsetDateTime[] {day.atStartOfDay(ZONE).toOffsetDateTime(),
                            day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime().minusNanos(1000)};
                }
                OffsetDateTime at = OffsetDateTime.parse(parts[0]);
                return new OffsetDateTime[] {at, at};
            }
            if (parts.length == 2) {
                OffsetDateTime from = end(parts[0], true);
                OffsetDateTime to = end(parts[1], false);
                if (from == null && to == null) {
                    throw new DateTimeParseException("both ends open", text, 0);
                }
                from = from == null ? OgcRequest.BEGINNING : from;
                to = to == null ? OgcRequest.END : to;
                if (to.isBefore(from)) {
                    throw new DateTimeParseException("end before start", text, 0);
                }
                return new OffsetDateTime[] {from, to};
            }
        } catch (DateTimeParseException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("parameter 'datetime' must be an RFC 3339 instant or interval like "
                + "2025-04-01T00:00:00Z or 2025-04-01T00:00:00Z/2025-05-01T00:00:00Z (.. for an open end)");
    }

    private static OffsetDateTime end(String text, boolean start) {
        if (text.isEmpty() || text.equals("..")) {
            return null;
        }
        if (text.length() == 10) {
            LocalDate day = LocalDate.parse(text);
            return start ? day.atStartOfDay(ZONE).toOffsetDateTime()
                    : day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime().minusNanos(1000);
        }
        return OffsetDateTime.parse(text);
    }
}
