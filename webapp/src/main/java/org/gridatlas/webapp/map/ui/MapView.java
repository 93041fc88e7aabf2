package org.gridatlas.webapp.map.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.search.SearchHit;
import org.gridatlas.webapp.base.MapSettings;
import org.gridatlas.webapp.base.ui.MapLibreMap;
import org.gridatlas.webapp.security.CurrentUser;

/**
 * 一张图: boundaries, grid areas and households over vector tiles, beside the division tree, with layer switches,
 * legends, counts, data-quality figures, search and a basemap choice. The URL holds the view (c, z, layers, bm, area and the filters, see {@link MapUrl}).
 */
@Route("")
@PermitAll
class MapView extends SplitLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MapServices services;
    private final MapSettings settings;
    private final MapLibreMap map = new MapLibreMap();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final Span selectionInfo = new Span();
    private final Select<MapSettings.Basemap> basemap = new Select<>();
    private List<DivisionNode> nodes;
    private DivisionTreePanel tree;
    private LayerPanel layers;
    private boolean sharedView;

    MapView(MapServices services, MapSettings settings) {
        this.services = services;
        this.settings = settings;
        map.setId("map");
        map.addFeatureClickListener(e -> onMapClick(e.layer(), e.properties()));
        basemap.addValueChangeListener(e -> map.setBasemap(e.getValue().id(), e.getValue().urls(), e.getValue().attribution()));
        setSizeFull();
        setSplitterPosition(27);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MapUrl url = MapUrl.parse(event.getLocation().getQueryParameters());
        AreaCode area = CurrentUser.viewArea();
        nodes = services.divisions().tree(AreaCode.of(area.code().length() >= 6 ? area.code().substring(0, 6) : area.code()));
        tree = new DivisionTreePanel(nodes, this::show);
        Set<String> visible = url.layers().isEmpty() ? new LinkedHashSet<>(LayerPanel.DEFAULT_VISIBLE) : url.layers();
        layers = new LayerPanel(visible, map::setLayerVisible);
        map.setInitialLayers(String.join(",", visible));
        map.setInitialFilters(url.filters());
        TimeRangePanel timeRange = new TimeRangePanel(url.from().orElse(null), url.to().orElse(null), (f, t) -> {
            map.setFilter("from", f == null ? null : f.toString());
            map.setFilter("to", t == null ? null : t.toString());
        });
        RequestStatusFilter status = new RequestStatusFilter(url.otherFilters().get("status"),
                s -> map.setFilter("status", s));
        url.view().ifPresent(v -> {
            map.setInitialView(v[0], v[1], v[2]);
            sharedView = true;
        });
        basemap.setId("basemap");
        basemap.setLabel(getTranslation("basemap.label"));
        basemap.setItems(settings.basemaps());
        basemap.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        basemap.setValue(settings.basemap(url.basemap().orElse(settings.defaultBasemap())));

        breadcrumb.setId("breadcrumb");
        breadcrumb.setSpacing(false);
        breadcrumb.addClassName("ga-breadcrumb");
        selectionInfo.setId("selection-info");
        selectionInfo.addClassName("ga-selection-info");
        SearchBox search = new SearchBox(services.search(), this::fly);
        VerticalLayout side = new VerticalLayout(search, breadcrumb, selectionInfo, layers, timeRange, status, basemap, tree);
        side.setPadding(true);
        side.setSpacing(false);
        side.setSizeFull();
        side.expand(tree);
        Div mapBox = new Div(map);
        mapBox.setSizeFull();
        removeAll();
        addToPrimary(side);
        addToSecondary(mapBox);
        String start = url.area().orElse(area.code());
        nodes.stream().filter(n -> n.code().equals(start)).findFirst()
                .or(() -> nodes.stream().filter(n -> n.level().equals("COUNTY")).findFirst())
                .ifPresent(n -> tree.select(n.code()));
        sharedView = false;
    }

    private void show(DivisionNode node) {
        if (node.bbox() != null && !sharedView) {
            map.fitBounds(node.bbox().west(), node.bbox().south(), node.bbox().east(), node.bbox().north());
        }
        map.highlight(node.level().equals("TOWN") ? "towns" : "villages", node.level().equals("COUNTY") ? null : node.code());
        selectionInfo.setText(getTranslation("map.selection", node.name(), node.code(), String.format("%,d", node.households())));
        AreaCode area = AreaCode.of(node.code());
        layers.showCounts(services.summaries().forArea(area));
        layers.showQualityPending();
        services.qualityLater(area, CurrentUser.scope(), this::showQuality);
        MapUrl.setArea(node.code());
        renderBreadcrumb(node);
    }

    /** The data-quality figures take a second at county scale: they arrive after the page, polled in. */
    private void showQuality(org.gridatlas.analytics.quality.DataQuality q) {
        getUI().ifPresent(ui -> ui.access(() -> layers.showQuality(q)));
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

    private void fly(SearchHit hit) {
        if (hit.kind().equals("HOUSEHOLD")) {
            if (hit.lon() != null) {
                map.flyTo(hit.lon(), hit.lat(), 17);
            }
        } else {
            tree.select(hit.code());
        }
    }

    private void onMapClick(String layer, String propertiesJson) {
        if (layer.equals("requests") || layer.equals("disputes")) {
            new FeatureSummaryDialog(layer, propertiesJson).open();
            return;
        }
        if (layer.equals("households")) {
            Long id = MapFeature.id(propertiesJson);
            if (id != null) {
                services.households().card(id).ifPresent(card -> new HouseholdDialog(services.households(), card).open());
            }
            return;
        }
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
