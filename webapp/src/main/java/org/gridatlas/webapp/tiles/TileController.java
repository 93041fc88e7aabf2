package org.gridatlas.webapp.tiles;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.tiles.TileCoord;
import org.gridatlas.analytics.tiles.TileLayer;
import org.gridatlas.analytics.tiles.TileQuery;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vector tiles: {@code /tiles/{layer}/{z}/{x}/{y}.mvt}. Unknown layer → 404; z/x/y outside the pyramid → 400. */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final TileQuery tiles;

    TileController(TileQuery tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<?> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x, @PathVariable int y,
                           @RequestParam(name = "area", required = false) String area) {
        var known = TileLayer.byId(layer);
        if (known.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", "unknown tile layer; known layers: towns, villages, grid-areas, groups, households"));
        }
        byte[] body = tiles.tile(known.get(), new TileCoord(z, x, y), AreaCode.of(area));
        return ResponseEntity.ok()
                .contentType(MVT)
                .cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePrivate())
                .body(body);
    }

    /** MapLibre asks for glyph ranges; CJK labels are drawn locally, so every range answers empty. */
    @GetMapping("/glyphs/{fontstack}/{range}.pbf")
    ResponseEntity<byte[]> glyphs(@PathVariable String fontstack, @PathVariable String range) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS)).body(new byte[0]);
    }
}
