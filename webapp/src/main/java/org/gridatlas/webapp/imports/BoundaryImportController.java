package org.gridatlas.webapp.imports;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.boundary.BoundaryImportService;
import org.gridatlas.data.imports.boundary.BoundaryLevel;
import org.gridatlas.data.imports.boundary.BoundaryPreview;
import org.gridatlas.data.imports.boundary.BoundaryRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.gridatlas.webapp.security.CurrentUser;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boundary imports over REST: {@code POST /api/v1/imports/boundaries/{level}?filename=&crs=&charset=&repair=&commit=}
 * with the file as the request body (GeoJSON, a GeoPackage or a zipped Shapefile). Without {@code commit=true} it answers the
 * validation report and writes nothing; with it, it imports everything or (400, with the report) nothing.
 */
@RestController
class BoundaryImportController {

    /** The roles of the household import screen. */
    static final java.util.Set<String> IMPORTERS = java.util.Set.of("ADMIN", "TOWN_SECRETARY", "SUPERVISOR");

    private final BoundaryImportService imports;

    BoundaryImportController(BoundaryImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/imports/boundaries/{level}")
    ResponseEntity<?> upload(@PathVariable String level, @RequestParam String filename,
                             @RequestParam(defaultValue = "WGS84") String crs,
                             @RequestParam(required = false) String charset,
                             @RequestParam(defaultValue = "false") boolean repair,
                             @RequestParam(defaultValue = "false") boolean commit,
                             @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        if (!IMPORTERS.contains(CurrentUser.scope().role())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "access denied for your role"));
        }
        BoundaryLevel l = BoundaryLevel.byId(level);
        CoordinateSystem c = crs(crs);
        Charset cs = charset(charset);
        if (!commit) {
            BoundaryPreview p = imports.preview(l, filename, body == null ? new byte[0] : body, cs, c, repair);
            return ResponseEntity.ok(p);
        }
        int n = imports.commit(l, filename, body == null ? new byte[0] : body, cs, c, repair, request.getRemoteAddr());
        return ResponseEntity.ok(Map.of("imported", n));
    }

    @ExceptionHandler(BoundaryRejectedException.class)
    ResponseEntity<BoundaryPreview> rejected(BoundaryRejectedException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.preview());
    }

    private static CoordinateSystem crs(String crs) {
        try {
            return CoordinateSystem.valueOf(crs.strip().toUpperCase(java.util.Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("crs: unknown coordinate system «" + crs + "»; known: WGS84, CGCS2000, GCJ02, BD09");
        }
    }

    private static Charset charset(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(charset.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("charset: unknown encoding «" + charset + "»; use UTF-8, GBK or GB18030");
        }
    }
}
