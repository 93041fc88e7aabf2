package org.gridatlas.webapp.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Map configuration: the optional basemap (none by default: works offline) . */
@Component
public class MapSettings {

    private final String basemapUrl;
    private final String basemapAttribution;
    MapSettings(@Value("${gridatlas.map.basemap-url:}") String basemapUrl,
                @Value("${gridatlas.map.basemap-attribution:}") String basemapAttribution) {
        this.basemapUrl = basemapUrl;
        this.basemapAttribution = basemapAttribution;
    }

    public String basemapUrl() {
        return basemapUrl;
    }

    public String basemapAttribution() {
        return basemapAttribution;
    }
}
