package org.gridatlas.webapp.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A small static MapLibre view of one place over the village outlines ({@code ga-mini-map}). */
@Tag("ga-mini-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./components/fieldwork/ga-mini-map.js")
@CssImport("maplibre-gl/dist/maplibre-gl.css")
public class MiniMap extends Component implements HasSize {

    public MiniMap(double lon, double lat, String basemapUrl, String basemapAttribution) {
        getElement().setProperty("lon", lon);
        getElement().setProperty("lat", lat);
        getElement().setProperty("zoom", 14);
        getElement().setProperty("basemapUrl", basemapUrl == null ? "" : basemapUrl);
        getElement().setProperty("basemapAttribution", basemapAttribution == null ? "" : basemapAttribution);
        setWidthFull();
        setHeight("200px");
    }
}
