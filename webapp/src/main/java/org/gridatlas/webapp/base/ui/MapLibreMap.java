package org.gridatlas.webapp.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/** GridAtlas's MapLibre GL map over the project's vector tiles ({@code /tiles/{layer}/{z}/{x}/{y}.mvt}). */
@Tag("ga-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./components/ga-map.js")
@CssImport("maplibre-gl/dist/maplibre-gl.css")
public class MapLibreMap extends Component implements HasSize {

    public MapLibreMap() {
        setSizeFull();
    }

    /** The view to open on (before the map is attached); a shared link's centre and zoom. */
    public void setInitialView(double lon, double lat, double zoom) {
        getElement().setProperty("initialView", lon + "," + lat + "," + zoom);
    }

    /** Layers visible at start, e.g. "towns,villages,households". */
    public void setInitialLayers(String layers) {
        getElement().setProperty("initialLayers", layers);
    }

    /**
     * The point-layer filters at start (a shared link's {@code from}, {@code to}, {@code status}, {@code category},
     * {@code caseType}, {@code agent}); the map sends each to the layers it applies to.
     */
    public void setInitialFilters(java.util.Map<String, String> filters) {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        getElement().setProperty("initialFilters", q.toString());
    }

    /** Changes one filter (null or empty removes it); the page URL keeps it and the affected layers reload. */
    public void setFilter(String name, String value) {
        getElement().callJsFunction("setFilter", name, value == null ? "" : value);
    }

    /** Raster XYZ templates drawn bottom-up under the vector layers; an empty list removes the basemap. */
    public void setBasemap(String id, java.util.List<String> urls, String attribution) {
        getElement().callJsFunction("setBasemap", id, String.join("|", urls), attribution == null ? "" : attribution);
    }


    public void fitBounds(double west, double south, double east, double north) {
        getElement().callJsFunction("fitBounds", west, south, east, north);
    }

    public void flyTo(double lon, double lat, double zoom) {
        getElement().callJsFunction("flyTo", lon, lat, zoom);
    }

    public void setLayerVisible(String layer, boolean visible) {
        getElement().callJsFunction("setLayerVisible", layer, visible);
    }

    public void highlight(String layer, String code) {
        getElement().callJsFunction("highlight", layer, code == null ? "" : code);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    /** A click on a map feature: the layer (towns, villages, households) and its tile attributes as JSON. */
    @DomEvent("ga-map-click")
    public static class FeatureClickEvent extends ComponentEvent<MapLibreMap> {
        private final String layer;
        private final String properties;

        public FeatureClickEvent(MapLibreMap source, boolean fromClient,
                                 @EventData("event.detail.layer") String layer,
                                 @EventData("event.detail.properties") String properties) {
            super(source, fromClient);
            this.layer = layer;
            this.properties = properties;
        }

        public String layer() {
            return layer;
        }

        public String properties() {
            return properties;
        }
    }
}
