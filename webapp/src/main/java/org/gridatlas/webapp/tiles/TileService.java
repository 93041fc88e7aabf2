package org.gridatlas.webapp.tiles;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.tiles.TileCoord;
import org.gridatlas.analytics.tiles.TileFilter;
import org.gridatlas.analytics.tiles.TileLayer;
import org.gridatlas.analytics.tiles.TileQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One tile request in one read-only transaction: the ETag (data version) and, unless the client already holds that
 * ETag, the tile. One transaction means one pooled connection and one scope setup per tile instead of one per query.
 */
@Service
class TileService {

    /** A tile answer: its ETag, and its bytes (null when the client's If-None-Match already names the ETag). */
    record Answer(String etag, byte[] body) {
        boolean notModified() {
            return body == null;
        }
    }

    private final TileQuery tiles;
    private final TileETags etags;

    TileService(TileQuery tiles, TileETags etags) {
        this.tiles = tiles;
        this.etags = etags;
    }

    @Transactional(readOnly = true)
    public Answer answer(TileLayer layer, TileCoord coord, AreaCode area, TileFilter filter, String ifNoneMatch) {
        String etag = etags.of(layer, coord, area, filter);
        if (TileETags.matches(ifNoneMatch, etag)) {
            return new Answer(etag, null);
        }
        return new Answer(etag, tiles.tile(layer, coord, area, filter));
    }
}
