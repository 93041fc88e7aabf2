package org.gridatlas.webapp.tiles;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.tiles.TileCoord;
import org.gridatlas.analytics.tiles.TileFilter;
import org.gridatlas.analytics.tiles.TileLayer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vector tiles: {@code /tiles/{layer}/{z}/{x}/{y}.mvt?area=&from=&to=&status=&category=&caseType=&agent=}.
 * Unknown layer → 404; z/x/y outside the pyramid or a malformed filter → 400 naming the problem. Every tile carries
 * a strong ETag ({@link TileETags}) and a matching If-None-Match answers 304 without building the tile.
 */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    /** Browsers keep tiles but ask again each time; an unchanged tile then costs one small query and a 304. */
    private static final CacheControl CACHE = CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate();

    private final TileService tiles;

    TileController(TileService tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<?> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y,
                           @RequestParam Map<String, String> params,
                           @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        var known = TileLayer.byId(layer);
        if (known.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "unknown tile layer; known layers: " + TileLayer.ids()));
        }
        TileCoord coord = new TileCoord(z, x, y);
        AreaCode area = AreaCode.of(params.get("area"));
        TileFilter filter = TileFilter.parse(params);
        TileService.Answer answer = tiles.answer(known.get(), coord, area, filter, ifNoneMatch);
        if (answer.notModified()) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(answer.etag()).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().contentType(MVT).cacheControl(CACHE).eTag(answer.etag()).body(answer.body());
    }
}
