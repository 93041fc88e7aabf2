package org.gridatlas.webapp.base;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Map configuration. No basemap by default (the map works offline); OpenStreetMap and 天地图 (vector + annotation,
 * with a key) can be chosen on the map when configured; every URL is a setting.
 */
@Component
public class MapSettings {

    /** A basemap choice: id, i18n key, XYZ URL templates drawn bottom-up, attribution. */
    public record Basemap(String id, String labelKey, List<String> urls, String attribution) {
    }

    private final List<Basemap> basemaps = new ArrayList<>();
    private final String defaultBasemap;

    MapSettings(@Value("${gridatlas.map.basemap-url:}") String customUrl,
                @Value("${gridatlas.map.basemap-attribution:}") String customAttribution,
                @Value("${gridatlas.map.osm-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String osmUrl,
                @Value("${gridatlas.map.tianditu-key:}") String tiandituKey,
                @Value("${gridatlas.map.tianditu-vec-url:https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=}") String tdtVec,
                @Value("${gridatlas.map.tianditu-cva-url:https://t0.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=}") String tdtCva) {
        basemaps.add(new Basemap("none", "basemap.none", List.of(), ""));
        if (!osmUrl.isBlank()) {
            basemaps.add(new Basemap("osm", "basemap.osm", List.of(osmUrl), "© OpenStreetMap contributors"));
        }
        if (!tiandituKey.isBlank()) {
            basemaps.add(new Basemap("tianditu", "basemap.tianditu", List.of(tdtVec + tiandituKey, tdtCva + tiandituKey),
                    "© 天地图 (国家地理信息公共服务平台)"));
        }
        if (!customUrl.isBlank()) {
            basemaps.add(new Basemap("custom", "basemap.custom", List.of(customUrl.split("\\|")), customAttribution));
        }
        defaultBasemap = customUrl.isBlank() ? "none" : "custom";
    }

    public List<Basemap> basemaps() {
        return basemaps;
    }

    public Basemap basemap(String id) {
        return basemaps.stream().filter(b -> b.id().equals(id)).findFirst().orElse(basemaps.getFirst());
    }

    public String defaultBasemap() {
        return defaultBasemap;
    }
}
