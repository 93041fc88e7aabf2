package org.gridatlas.webapp.map.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.webapp.base.MapSettings;
import org.gridatlas.webapp.base.ui.MapLibreMap;
import org.gridatlas.webapp.security.CurrentUser;

/** 一张图: town and village boundaries and households, beside the division tree. */
@Route("")
@PermitAll
class MapView extends SplitLayout implements HasDynamicTitle {

    private final MapLibreMap map;
    private final DivisionTreePanel tree;
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final Span selectionInfo = new Span();

    MapView(DivisionQuery divisions, MapSettings settings) {
        AreaCode area = CurrentUser.viewArea();
        List<DivisionNode> nodes = divisions.tree(AreaCode.of(area.code().length() >= 6 ? area.code().substring(0, 6) : area.code()));
        map = new MapLibreMap(settings.basemapUrl(), settings.basemapAttribution());
        map.setId("map");
        tree = new DivisionTreePanel(nodes, this::show);
        map.addFeatureClickListener(e -> onMapClick(e.layer(), e.properties()));

        breadcrumb.setId("breadcrumb");
        breadcrumb.setSpacing(false);
        breadcrumb.addClassName("ga-breadcrumb");
        selectionInfo.setId("selection-info");
        selectionInfo.addClassName("ga-selection-info");
        VerticalLayout side = new VerticalLayout(breadcrumb, selectionInfo, layerSwitches(), tree);
        side.setPadding(true);
        side.setSizeFull();
        side.expand(tree);

        Div mapBox = new Div(map);
        mapBox.setSizeFull();
        addToPrimary(side);
        addToSecondary(mapBox);
        setSplitterPosition(26);
        setSizeFull();
        // open on the user's own area: the county for leaders, the town for a town secretary, …
        nodes.stream().filter(n -> n.code().equals(area.code())).findFirst()
                .or(() -> nodes.stream().filter(n -> n.level().equals("COUNTY")).findFirst())
                .ifPresent(n -> tree.select(n.code()));
    }

    private HorizontalLayout layerSwitches() {
        HorizontalLayout box = new HorizontalLayout();
        box.setId("layer-switches");
        for (String layer : List.of("towns", "villages", "households")) {
            Checkbox c = new Checkbox(getTranslation("layer." + layer), true);
            c.setId("layer-" + layer);
            c.addValueChangeListener(e -> map.setLayerVisible(layer, e.getValue()));
            box.add(c);
        }
        return box;
    }

    private void show(DivisionNode node) {
        if (node.bbox() != null) {
            map.fitBounds(node.bbox().west(), node.bbox().south(), node.bbox().east(), node.bbox().north());
        }
        map.highlight(node.level().equals("TOWN") ? "towns" : "villages", node.level().equals("COUNTY") ? null : node.code());
        selectionInfo.setText(getTranslation("map.selection", node.name(), node.code(), String.format("%,d", node.households())));
        renderBreadcrumb(node);
    }

    private void renderBreadcrumb(DivisionNode node) {
        List<DivisionNode> path = new ArrayList<>();
        for (DivisionNode n = node; n != null; n = n.parentCode() == null ? null : tree.node(n.parentCode())) {
            path.addFirst(n);
        }
        breadcrumb.removeAll();
        for (int i = 0; i < path.size(); i++) {
            DivisionNode n = path.get(i);
            Button b = new Button(n.name(), e -> tree.select(n.code()));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            breadcrumb.add(b);
            if (i < path.size() - 1) {
                breadcrumb.add(new Span(" › "));
            }
        }
    }

    private void onMapClick(String layer, String propertiesJson) {
        String code = MapFeature.code(propertiesJson);
        if (code != null && (layer.equals("towns") || layer.equals("villages"))) {
            tree.select(code);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title") + " · " + getTranslation("app.title");
    }
}
