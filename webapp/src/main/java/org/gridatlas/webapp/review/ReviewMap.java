package org.gridatlas.webapp.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** One classified review map ({@code <ga-review-map>}): GeoJSON cells coloured on the server, the area outline. */
@Tag("ga-review-map")
@NpmPackage(value = "maplibre-gl", version = "5.24.1")
@JsModule("./components/review/ga-review-map.js")
public class ReviewMap extends Component implements HasSize {

    public ReviewMap(boolean small) {
        setSizeFull();
        if (small) {
            getElement().setAttribute("small", "");
        }
    }

    public void setData(String features, String outline, boolean fit) {
        getElement().callJsFunction("setData", features, outline, fit);
    }
}
