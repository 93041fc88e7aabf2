package org.gridatlas.webapp.ogc;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** The JSON documents of the OGC API; feature content arrives as JSON text built in SQL and is embedded raw. */
final class OgcJson {

    private OgcJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String href, String rel, String type, String title) {
    }

    record Landing(String title, String description, List<Link> links) {
    }

    record Conformance(List<String> conformsTo) {
    }

    record Collections(List<Link> links, List<Collection> collections) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Collection(String id, String title, Map<String, Object> extent, String itemType, List<String> crs,
                      List<Link> links) {
    }

    record FeatureCollection(String type, long numberMatched, int numberReturned, String timeStamp, List<Link> links,
                             @JsonRawValue String features) {
    }

    record Feature(String type, @JsonRawValue String id, @JsonRawValue String geometry,
                   @JsonRawValue String properties, List<Link> links) {
    }
}
