package org.gridatlas.webapp.exports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridatlas.analytics.exports.ExportArea;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.data.household.service.RevealRefusedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports} lists layers and formats; {@code GET /api/v1/exports/{layer}?format=&area=&polygon=
 * &reveal=&reason=} downloads one layer (format geojson, csv, xlsx, gpkg or shp; area a division-code prefix;
 * polygon a WKT polygon in longitude/latitude). Scoped by row-level security, masked unless revealed with a reason by
 * a permitted role, audited. The file is written first (under the user's scope), then sent and deleted.
 */
@RestController
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    record Catalogue(List<Map<String, Object>> layers, List<Map<String, String>> formats) {
    }

    @GetMapping("/api/v1/exports")
    Catalogue catalogue() {
        return new Catalogue(
                Arrays.stream(ExportLayer.values()).map(l -> Map.<String, Object>of("id", l.id(), "title", l.title(),
                        "geometry", l.shape().name(), "personalData", l.hasPersonalData())).toList(),
                Arrays.stream(ExportFormat.values()).map(f -> Map.of("id", f.id(), "label", f.label(),
                        "mediaType", f.mediaType())).toList());
    }

    @GetMapping("/api/v1/exports/{layer}")
    void export(@PathVariable String layer,
                @RequestParam(defaultValue = "geojson") String format,
                @RequestParam(required = false) String area,
                @RequestParam(required = false) String polygon,
                @RequestParam(defaultValue = "false") boolean reveal,
                @RequestParam(required = false) String reason,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("HEAD".equalsIgnoreCase(request.getMethod())) {
            // an export is generated and audited per download: a HEAD (link checkers, prefetch) must not run one
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
            response.setHeader(HttpHeaders.ALLOW, "GET");
            return;
        }
        ExportLayer l = ExportLayer.byId(layer).orElseThrow(() -> new IllegalArgumentException(
                "layer: unknown layer «" + safe(layer) + "»; known: " + Arrays.stream(ExportLayer.values())
                        .map(ExportLayer::id).toList()));
        ExportFormat f = ExportFormat.byId(format).orElseThrow(() -> new IllegalArgumentException(
                "format: unknown format «" + safe(format) + "»; known: geojson, csv, xlsx, gpkg, shp"));
        ExportService.ExportFile file = exports.export(l, f, ExportArea.of(area, polygon), reveal, reason,
                request.getRemoteAddr());
        // sent from the request thread (no async dispatch): the file is already complete on disk
        try (InputStream in = Files.newInputStream(file.path())) {
            response.setContentType(file.mediaType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(file.filename(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Export-Rows", Long.toString(file.rows()));
            response.setContentLengthLong(Files.size(file.path()));
            in.transferTo(response.getOutputStream());
        } finally {
            file.delete();
        }
    }

    @ExceptionHandler(RevealRefusedException.class)
    ResponseEntity<Map<String, String>> refused(RevealRefusedException e) {
        HttpStatus status = e.getMessage().startsWith("role") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", e.getMessage()));
    }

    private static String safe(String s) {
        String cut = s.length() > 24 ? s.substring(0, 24) + "…" : s;
        return cut.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
    }
}
