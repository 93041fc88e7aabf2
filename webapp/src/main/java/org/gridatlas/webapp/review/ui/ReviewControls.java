package org.gridatlas.webapp.review.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.review.ClassMethod;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.PointMetric;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.RateMetric;
import org.gridatlas.analytics.review.RateUnit;
import org.gridatlas.webapp.review.ReviewScreen.Mode;

/** The review's pickers: area, quarter, mode, style, metric, size/radius, unit, class method and count. */
class ReviewControls extends VerticalLayout {

    final ComboBox<DivisionNode> area = new ComboBox<>();
    final Select<Quarter> quarter = new Select<>();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Select<MapStyle.Kind> style = new Select<>();
    final Select<Enum<?>> metric = new Select<>();
    final IntegerField size = new IntegerField();
    final Select<RateUnit> unit = new Select<>();
    final Select<ClassMethod> method = new Select<>();
    final IntegerField classes = new IntegerField();

    ReviewControls(List<DivisionNode> areas, Runnable areaChanged, Runnable changed) {
        setPadding(false);
        setSpacing(false);
        setWidth("250px");
        area.setId("area");
        area.setLabel(getTranslation("review.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(d -> d.name() + " " + d.code());
        area.setWidthFull();
        quarter.setId("quarter");
        quarter.setLabel(getTranslation("review.quarter"));
        mode.setId("mode");
        mode.setLabel(getTranslation("review.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("review.mode." + m.name().toLowerCase()));
        mode.setValue(Mode.SINGLE);
        style.setId("style");
        style.setLabel(getTranslation("review.style"));
        style.setItems(MapStyle.Kind.values());
        style.setItemLabelGenerator(k -> getTranslation("review.style." + k.name().toLowerCase()));
        style.setValue(MapStyle.Kind.HEX);
        metric.setId("metric");
        metric.setLabel(getTranslation("review.metric"));
        metric.setItemLabelGenerator(m -> getTranslation("review.metric." + m.name().toLowerCase()));
        size.setId("size");
        size.setStepButtonsVisible(true);
        size.setStep(250);
        size.setMin(250);
        size.setMax(20000);
        unit.setId("unit");
        unit.setLabel(getTranslation("review.unit"));
        unit.setItems(RateUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("review.unit." + u.name().toLowerCase()));
        unit.setValue(RateUnit.VILLAGE);
        method.setId("method");
        method.setLabel(getTranslation("review.method"));
        method.setItems(ClassMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("review.method." + m.name().toLowerCase()));
        method.setValue(ClassMethod.NATURAL_BREAKS);
        classes.setId("classes");
        classes.setLabel(getTranslation("review.classes"));
        classes.setMin(2);
        classes.setMax(9);
        classes.setValue(5);
        classes.setStepButtonsVisible(true);
        styleChanged();
        area.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                areaChanged.run();
            }
        });
        style.addValueChangeListener(e -> {
            styleChanged();
            changed.run();
        });
        quarter.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        mode.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        metric.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        unit.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        method.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        size.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        classes.addValueChangeListener(e -> onClient(e.isFromClient(), changed));
        add(area, quarter, mode, style, metric, size, unit, method, classes);
    }

    private static void onClient(boolean fromClient, Runnable changed) {
        if (fromClient) {
            changed.run();
        }
    }

    private void styleChanged() {
        MapStyle.Kind k = style.getValue();
        boolean rates = k == MapStyle.Kind.CHOROPLETH;
        List<Enum<?>> items = rates ? List.of(RateMetric.values()) : List.of(PointMetric.values());
        metric.setItems(items);
        metric.setValue(items.getFirst());
        size.setVisible(!rates);
        unit.setVisible(rates);
        size.setLabel(getTranslation(k == MapStyle.Kind.DENSITY ? "review.radius" : "review.hex-size"));
        size.setValue(k == MapStyle.Kind.DENSITY ? 1500 : 1000);
    }

    MapStyle mapStyle() {
        int k = classes.getValue() == null ? 5 : Math.max(2, Math.min(9, classes.getValue()));
        double s = size.getValue() == null ? 1000 : size.getValue();
        return switch (style.getValue()) {
            case HEX -> MapStyle.hex((PointMetric) metric.getValue(), s, method.getValue(), k);
            case DENSITY -> MapStyle.density((PointMetric) metric.getValue(), s, method.getValue(), k);
            case CHOROPLETH -> MapStyle.choropleth((RateMetric) metric.getValue(), unit.getValue(), method.getValue(), k);
        };
    }
}
