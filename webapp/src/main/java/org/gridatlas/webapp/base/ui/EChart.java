package org.gridatlas.webapp.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** GridAtlas's Apache ECharts component: give it an ECharts option as JSON. */
@Tag("ga-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/ga-chart.js")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("360px");
    }

    /** The ECharts option object, serialised as JSON (build it with {@link ChartOptions}). */
    public void setOption(String optionJson) {
        getElement().setProperty("option", optionJson);
    }

    public String getOption() {
        return getElement().getProperty("option");
    }
}
