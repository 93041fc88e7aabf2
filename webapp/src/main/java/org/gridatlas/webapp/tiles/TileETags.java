package org.gridatlas.webapp.tiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.tiles.TileCoord;
import org.gridatlas.analytics.tiles.TileFilter;
import org.gridatlas.analytics.tiles.TileLayer;
import org.gridatlas.analytics.tiles.TileQuery;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.stereotype.Component;

/**
 * Strong ETags for tiles: a hash of the layer's data version (V030's counters), the tile address, the requested
 * area and filters, and the current user's viewing area (users of different areas see different tiles). Layers
 * whose content depends on the clock (overdue requests) also hash the current minute.
 */
@Component
class TileETags {

    private final TileQuery tiles;
    private final Clock clock;

    TileETags(TileQuery tiles, Clock clock) {
        this.tiles = tiles;
        this.clock = clock;
    }

    String of(TileLayer layer, TileCoord tile, AreaCode area, TileFilter filter) {
        String key = String.join("\n", layer.id(), tile.z() + "/" + tile.x() + "/" + tile.y(), area.code(),
                filter.key(), Long.toString(tiles.version(layer)), Scopes.current().rowsKey(),
                layer.dependsOnTime() ? clock.instant().truncatedTo(ChronoUnit.MINUTES).toString() : "");
        return "\"" + sha256(key).substring(0, 32) + "\"";
    }

    /** True when an If-None-Match header names this ETag (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
