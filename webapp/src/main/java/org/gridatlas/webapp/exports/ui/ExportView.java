package org.gridatlas.webapp.exports.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.data.household.service.HouseholdService;
import org.gridatlas.webapp.assignment.AssignMap;
import org.gridatlas.webapp.exports.ExportFormat;
import org.gridatlas.webapp.security.CurrentUser;

/**
 * 数据导出: layer, format, area code and an optional polygon; the download link is the REST export
 * ({@code /api/v1/exports/...}), which the browser's session authenticates, so the panel and the API are one path
 * (scoped, masked unless revealed with a reason, audited).
 */
@Route("exports")
@PermitAll
class ExportView extends VerticalLayout implements HasDynamicTitle {

    private final Select<ExportLayer> layer = new Select<>();
    private final Select<ExportFormat> format = new Select<>();
    private final TextField area = new TextField();
    private final TextField polygon = new TextField();
    private final Checkbox reveal = new Checkbox();
    private final TextField reason = new TextField();
    private final Anchor download = new Anchor();
    private final AssignMap map = new AssignMap();

    ExportView() {
        layer.setId("export-layer");
        layer.setLabel(getTranslation("exports.layer"));
        layer.setItems(Arrays.asList(ExportLayer.values()));
        layer.setItemLabelGenerator(l -> l.title() + " (" + l.id() + ")");
        layer.setValue(ExportLayer.VILLAGES);
        format.setId("export-format");
        format.setLabel(getTranslation("exports.format"));
        format.setItems(Arrays.asList(ExportFormat.values()));
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.GEOJSON);
        area.setId("export-area");
        area.setLabel(getTranslation("exports.area"));
        area.setHelperText(getTranslation("exports.area.help"));
        area.setValue(CurrentUser.viewArea().code());
        area.setAllowedCharPattern("\\d");
        area.setMaxLength(12);
        polygon.setId("export-polygon");
        polygon.setLabel(getTranslation("exports.polygon"));
        polygon.setHelperText(getTranslation("exports.polygon.help"));
        polygon.setWidthFull();
        reveal.setId("export-reveal");
        reveal.setLabel(getTranslation("exports.reveal"));
        reason.setId("export-reason");
        reason.setLabel(getTranslation("exports.reason"));
        reason.setWidth("24em");
        Button button = new Button(getTranslation("exports.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(button);
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        layer.addValueChangeListener(e -> refresh());
        format.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        polygon.addValueChangeListener(e -> refresh());
        reveal.addValueChangeListener(e -> refresh());
        reason.addValueChangeListener(e -> refresh());
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        polygon.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        map.setId("export-map");
        map.setHeight("320px");
        map.setWidthFull();
        map.setMode(AssignMap.Mode.POLYGON);
        map.addPolygonListener(e -> polygon.setValue(PolygonText.wkt(e.geoJson())));
        add(new H3(getTranslation("exports.title")), new Paragraph(getTranslation("exports.help")),
                new HorizontalLayout(layer, format, area), new Paragraph(getTranslation("exports.draw")), map, polygon,
                new HorizontalLayout(reveal, reason), download, new Paragraph(getTranslation("exports.fields")));
        setMaxWidth("1000px");
        refresh();
    }

    private void refresh() {
        ExportLayer l = layer.getValue();
        boolean mayReveal = l.hasPersonalData() && HouseholdService.mayReveal(CurrentUser.scope());
        reveal.setVisible(mayReveal);
        reason.setVisible(mayReveal && reveal.getValue());
        StringBuilder href = new StringBuilder("/api/v1/exports/").append(l.id()).append("?format=")
                .append(format.getValue().id());
        if (!area.getValue().isBlank()) {
            href.append("&area=").append(enc(area.getValue().strip()));
        }
        if (!polygon.getValue().isBlank()) {
            href.append("&polygon=").append(enc(polygon.getValue().strip()));
        }
        if (mayReveal && reveal.getValue()) {
            href.append("&reveal=true&reason=").append(enc(reason.getValue()));
        }
        download.setHref(href.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exports.title") + " · " + getTranslation("app.title");
    }
}
