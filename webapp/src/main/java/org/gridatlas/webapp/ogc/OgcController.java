package org.gridatlas.webapp.ogc;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.ogc.Extent;
import org.gridatlas.analytics.ogc.FeaturePage;
import org.gridatlas.analytics.ogc.OgcCollection;
import org.gridatlas.analytics.ogc.OgcQuery;
import org.gridatlas.analytics.ogc.OgcRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OGC API – Features, Part 1: Core, GeoJSON, at {@code /ogc}, for QGIS and ArcGIS. Authentication (bearer token or
 * HTTP Basic) comes from the API filter chain and row-level security scopes every answer to the user's area.
 */
@RestController
class OgcController {

    static final String GEO_JSON = "application/geo+json";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");

    private final OgcQuery ogc;
    private final Clock clock;

    OgcController(OgcQuery ogc, Clock clock) {
        this.ogc = ogc;
        this.clock = clock;
    }

    @GetMapping(path = {"/ogc", "/ogc/"}, produces = JSON)
    OgcJson.Landing landing() {
        return new OgcJson.Landing("GridAtlas 网格治理一张图", "Map layers of GridAtlas as OGC API – Features (GeoJSON)",
                List.of(link("/ogc", "self", JSON, "this document"),
                        link("/ogc/conformance", "conformance", JSON, "conformance classes"),
                        link("/ogc/collections", "data", JSON, "feature collections")));
    }

    @GetMapping(path = "/ogc/conformance", produces = JSON)
    OgcJson.Conformance conformance() {
        return new OgcJson.Conformance(CONFORMANCE);
    }

    @GetMapping(path = "/ogc/collections", produces = JSON)
    OgcJson.Collections collections() {
        List<OgcJson.Collection> all = Arrays.stream(OgcCollection.values()).map(this::describe).toList();
        return new OgcJson.Collections(List.of(link("/ogc/collections", "self", JSON, "feature collections")), all);
    }

    @GetMapping(path = "/ogc/collections/{id}", produces = JSON)
    ResponseEntity<?> collection(@PathVariable String id) {
        return OgcCollection.byId(id).<ResponseEntity<?>>map(c -> ResponseEntity.ok(describe(c)))
                .orElseGet(() -> notFound("unknown collection " + safe(id)));
    }

    @GetMapping(path = "/ogc/collections/{id}/items", produces = {GEO_JSON, JSON})
    ResponseEntity<?> items(@PathVariable String id,
                            @RequestParam(required = false) String bbox,
                            @RequestParam(required = false) String datetime,
                            @RequestParam(required = false) String limit,
                            @RequestParam(required = false) String offset) {
        var known = OgcCollection.byId(id);
        if (known.isEmpty()) {
            return notFound("unknown collection " + safe(id));
        }
        OgcRequest r = OgcParams.parse(bbox, datetime, limit, offset);
        FeaturePage page = ogc.items(known.get(), r);
        String items = "/ogc/collections/" + id + "/items";
        List<OgcJson.Link> links = new ArrayList<>();
        links.add(pageLink(items, "self", bbox, datetime, r.limit(), r.offset()));
        if (r.offset() + page.numberReturned() < page.numberMatched()) {
            links.add(pageLink(items, "next", bbox, datetime, r.limit(), r.offset() + r.limit()));
        }
        if (r.offset() > 0) {
            links.add(pageLink(items, "prev", bbox, datetime, r.limit(), Math.max(0, r.offset() - r.limit())));
        }
        links.add(link("/ogc/collections/" + id, "collection", JSON, known.get().title()));
        String now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return ResponseEntity.ok(new OgcJson.FeatureCollection("FeatureCollection", page.numberMatched(),
                page.numberReturned(), now, links, page.featuresJson()));
    }

    @GetMapping(path = "/ogc/collections/{id}/items/{featureId}", produces = {GEO_JSON, JSON})
    ResponseEntity<?> feature(@PathVariable String id, @PathVariable String featureId) {
        var known = OgcCollection.byId(id);
        if (known.isEmpty()) {
            return notFound("unknown collection " + safe(id));
        }
        return ogc.feature(known.get(), featureId).<ResponseEntity<?>>map(f -> ResponseEntity.ok(
                new OgcJson.Feature("Feature", f.idJson(), f.geometryJson(), f.propertiesJson(), List.of(
                        link("/ogc/collections/" + id + "/items/" + featureId, "self", GEO_JSON, null),
                        link("/ogc/collections/" + id, "collection", JSON, known.get().title())))))
                .orElseGet(() -> notFound("no feature " + safe(featureId) + " in collection " + id));
    }

    private OgcJson.Collection describe(OgcCollection c) {
        Extent e = ogc.extent(c);
        Map<String, Object> extent = new LinkedHashMap<>();
        if (e.bbox() != null) {
            extent.put("spatial", Map.of("bbox", List.of(e.bbox()), "crs", CRS84));
        }
        if (c.temporal()) {
            List<String> interval = Arrays.asList(e.first() == null ? null : e.first().toString(),
                    e.last() == null ? null : e.last().toString());
            extent.put("temporal", Map.of("interval", List.of(interval), "trs",
                    "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
        }
        String base = "/ogc/collections/" + c.id();
        return new OgcJson.Collection(c.id(), c.title(), extent, "feature", List.of(CRS84), List.of(
                link(base, "self", JSON, c.title()),
                link(base + "/items", "items", GEO_JSON, c.title())));
    }

    private OgcJson.Link pageLink(String path, String rel, String bbox, String datetime, int limit, long offset) {
        UriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentContextPath().path(path);
        if (bbox != null && !bbox.isBlank()) {
            b.queryParam("bbox", bbox);
        }
        if (datetime != null && !datetime.isBlank()) {
            b.queryParam("datetime", datetime);
        }
        b.queryParam("limit", limit).queryParam("offset", offset);
        return new OgcJson.Link(b.encode().build().toUriString(), rel, GEO_JSON, null);
    }

    private static OgcJson.Link link(String path, String rel, String type, String title) {
        return new OgcJson.Link(ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString(),
                rel, type, title);
    }

    private static ResponseEntity<Map<String, String>> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }

    private static String safe(String s) {
        String cut = s.length() > 24 ? s.substring(0, 24) + "…" : s;
        return cut.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
    }
}
