package org.gridatlas.webapp.base;

import org.gridatlas.analytics.base.AreaCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Map configuration: the optional basemap (none by default: works offline) and the area shown at start. */
@Component
public class MapSettings {

    private final String basemapUrl;
    private final String basemapAttribution;
    private final String rootArea;

    MapSettings(@Value("${gridatlas.map.basemap-url:}") String basemapUrl,
                @Value("${gridatlas.map.basemap-attribution:}") String basemapAttribution,
                @Value("${gridatlas.map.root-area:}") String rootArea) {
        this.basemapUrl = basemapUrl;
        this.basemapAttribution = basemapAttribution;
        this.rootArea = rootArea;
    }

    public String basemapUrl() {
        return basemapUrl;
    }

    public String basemapAttribution() {
        return basemapAttribution;
    }

    /** The area the app opens on; blank means every division in the database. */
    public AreaCode rootArea() {
        return AreaCode.of(rootArea);
    }
}
