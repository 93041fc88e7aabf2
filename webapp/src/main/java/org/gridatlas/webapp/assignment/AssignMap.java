package org.gridatlas.webapp.assignment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/** The assignment map ({@code <ga-assign-map>}): coloured households, territories, click/box/polygon selection. */
@Tag("ga-assign-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./components/assignment/ga-assign-map.js")
public class AssignMap extends Component implements HasSize {

    public enum Mode { CLICK, BOX, POLYGON }

    public AssignMap() {
        setSizeFull();
    }

    public void setData(String households, String territories, boolean fit) {
        getElement().callJsFunction("setData", households, territories, fit);
    }

    public void setSelection(java.util.Collection<Long> ids) {
        getElement().callJsFunction("setSelection", ids.toString());
    }

    public void setMode(Mode mode) {
        getElement().callJsFunction("setMode", mode.name().toLowerCase());
    }

    public void clearDrawing() {
        getElement().callJsFunction("clearDrawing");
    }

    public Registration addToggleListener(ComponentEventListener<ToggleEvent> l) {
        return addListener(ToggleEvent.class, l);
    }

    public Registration addPolygonListener(ComponentEventListener<PolygonEvent> l) {
        return addListener(PolygonEvent.class, l);
    }

    /** A click on one household in click mode. */
    @DomEvent("ga-assign-toggle")
    public static class ToggleEvent extends ComponentEvent<AssignMap> {
        private final long householdId;

        public ToggleEvent(AssignMap source, boolean fromClient, @EventData("event.detail.id") double id) {
            super(source, fromClient);
            this.householdId = (long) id;
        }

        public long householdId() {
            return householdId;
        }
    }

    /** A box or a drawn polygon closed by double-click, as a GeoJSON Polygon. */
    @DomEvent("ga-assign-polygon")
    public static class PolygonEvent extends ComponentEvent<AssignMap> {
        private final String geoJson;

        public PolygonEvent(AssignMap source, boolean fromClient, @EventData("event.detail.geojson") String geoJson) {
            super(source, fromClient);
            this.geoJson = geoJson;
        }

        public String geoJson() {
            return geoJson;
        }
    }
}
