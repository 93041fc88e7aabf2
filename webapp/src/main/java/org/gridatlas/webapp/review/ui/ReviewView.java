package org.gridatlas.webapp.review.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.review.AreaInfo;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewLayer;
import org.gridatlas.webapp.base.ui.Polling;
import org.gridatlas.webapp.review.ReviewMap;
import org.gridatlas.webapp.review.ReviewScreen;
import org.gridatlas.webapp.review.ReviewScreen.Mode;
import org.gridatlas.webapp.security.CurrentUser;

/** 季度点评: heat maps of a quarter and an area, compare four quarters, change, monthly playback, the review pack. */
@Route("review")
@RolesAllowed({"TOWN_SECRETARY", "COUNTY_LEADER", "SUPERVISOR", "ADMIN"})
class ReviewView extends HorizontalLayout implements HasDynamicTitle {

    private final ReviewScreen screen;
    private final ReviewControls controls;
    private final Div maps = new Div();
    private final LegendBox legend = new LegendBox();
    private final Span title = new Span();
    private final Span month = new Span();
    private final Button play = new Button();
    private final ReviewSide side = new ReviewSide();
    private final PackPanel pack;
    private AreaInfo info;
    private List<ReviewLayer> playback = List.of();
    private static final String PLAYBACK = "review-playback";
    private static final int PLAYBACK_STEP_MILLIS = 1500;
    private int playStep;
    private long lastStep;
    private com.vaadin.flow.shared.Registration poll;

    ReviewView(ReviewScreen screen) {
        this.screen = screen;
        AreaCode view = CurrentUser.viewArea();
        List<DivisionNode> areas = screen.areas(view);
        controls = new ReviewControls(areas, this::areaChanged, this::refresh);
        pack = new PackPanel(screen, this::area, () -> controls.quarter.getValue());
        setSizeFull();
        setPadding(true);
        title.setId("map-title");
        title.getStyle().set("font-weight", "600");
        month.setId("month-label");
        play.setId("play");
        play.setText(getTranslation("review.play"));
        play.addClickListener(e -> startPlayback());
        maps.setId("maps");
        maps.getStyle().set("flex", "1").set("min-height", "0").set("display", "grid").set("gap", "6px");
        HorizontalLayout bar = new HorizontalLayout(title, play, month);
        bar.setAlignItems(Alignment.CENTER);
        Div center = new Div(bar, maps);
        center.getStyle().set("display", "flex").set("flex-direction", "column").set("flex", "1")
                .set("height", "100%").set("min-width", "0");
        Div right = new Div(side, pack);
        right.setWidth("300px");
        add(new Scroller(controls), center, legend, new Scroller(right));
        setFlexGrow(1, center);
        areas.stream().filter(d -> d.code().equals(view.code())).findFirst()
                .or(() -> areas.stream().findFirst()).ifPresent(controls.area::setValue);
        addDetachListener(e -> {
            Polling.stop(e.getUI(), PLAYBACK);
            Polling.stop(e.getUI(), PackPanel.POLLING);
            Polling.stop(e.getUI(), ReviewSide.POLLING);
        });
    }

    private AreaCode area() {
        return AreaCode.of(controls.area.getValue() == null ? null : controls.area.getValue().code());
    }

    private void areaChanged() {
        info = screen.area(area());
        List<Quarter> quarters = screen.quarters(area());
        controls.quarter.setItems(quarters);
        controls.quarter.setValue(screen.latestClosed(quarters));
        pack.showArchive();
        refresh();
    }

    private void refresh() {
        if (info == null || controls.quarter.getValue() == null) {
            return;
        }
        stopPlayback();
        Quarter q = controls.quarter.getValue();
        Mode mode = controls.mode.getValue() == null ? Mode.SINGLE : controls.mode.getValue();
        try {
            MapStyle style = controls.mapStyle();
            String png = pngHref(q, mode, style);
            show(screen.layers(area(), q, q.period(), style, mode), mode, png);
            AreaCode a = area();
            side.load(() -> screen.oldestOpen(a), () -> screen.coverageGaps(a, q));
            pack.pngLink(png, getTranslation(mode == Mode.COMPARE ? "review.png-all" : "review.png"));
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(List<ReviewLayer> layers, Mode mode, String png) {
        maps.removeAll();
        boolean grid = layers.size() > 1;
        maps.getStyle().set("grid-template-columns", grid ? "1fr 1fr" : "1fr");
        String outline = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + info.outlineGeoJson() + "}]}";
        for (int i = 0; i < layers.size(); i++) {
            ReviewLayer layer = layers.get(i);
            ReviewMap map = new ReviewMap(grid);
            map.setId(grid ? "small-" + i : "review-map");
            Span caption = new Span(layer.period());
            caption.addClassName("small-title");
            Div cell = new Div(caption, map);
            if (grid) {   // each small multiple as its own PNG (same locked legend)
                Anchor one = new Anchor(png + "&index=" + i, "PNG");
                one.setId("png-" + i);
                one.getElement().setAttribute("download", true).setAttribute("router-ignore", true);
                one.getElement().setAttribute("title", getTranslation("review.png-one", layer.period()));
                one.getStyle().set("position", "absolute").set("right", "4px").set("top", "0").set("z-index", "3")
                        .set("font-size", "var(--lumo-font-size-xs)");
                cell.add(one);
            }
            cell.getStyle().set("position", "relative").set("display", "flex").set("flex-direction", "column")
                    .set("min-height", grid ? "240px" : "480px");
            map.getStyle().set("flex", "1");
            maps.add(cell);
            map.setData(layer.geoJson(), outline, true);
        }
        String what = getTranslation("review.style." + controls.style.getValue().name().toLowerCase(Locale.ROOT)) + " · "
                + getTranslation("review.metric." + controls.metric.getValue().name().toLowerCase(Locale.ROOT));
        title.setText(info.name() + " · " + layers.getLast().period() + " · " + what
                + (mode == Mode.COMPARE ? " · " + getTranslation("review.locked") : ""));
        legend.show(what, layers.getLast());
    }

    private void startPlayback() {
        Quarter q = controls.quarter.getValue();
        playback = screen.months(area(), q, controls.mapStyle());
        playStep = 0;
        showMonth();
        getUI().ifPresent(ui -> {
            Polling.start(ui, PLAYBACK, PLAYBACK_STEP_MILLIS);
            lastStep = System.nanoTime();
            poll = ui.addPollListener(e -> {
                // other background work may poll faster: a month stays on screen its full step
                if ((System.nanoTime() - lastStep) / 1_000_000 < PLAYBACK_STEP_MILLIS - 100) {
                    return;
                }
                lastStep = System.nanoTime();
                if (playStep + 1 < playback.size()) {
                    playStep++;
                    showMonth();
                } else {
                    stopPlayback();
                }
            });
        });
    }

    private void showMonth() {
        Quarter q = controls.quarter.getValue();
        String png = pngHref(q, Mode.SINGLE, controls.mapStyle()) + "&month=" + playback.get(playStep).period();
        show(List.of(playback.get(playStep)), Mode.SINGLE, png);
        pack.pngLink(png, getTranslation("review.png-month", playback.get(playStep).period()));
        month.setText(getTranslation("review.month", playback.get(playStep).period(), playStep + 1, playback.size()));
    }

    private void stopPlayback() {
        if (poll != null) {
            poll.remove();
            poll = null;
            getUI().ifPresent(ui -> Polling.stop(ui, PLAYBACK));
        }
    }

    private String pngHref(Quarter q, Mode mode, MapStyle s) {
        String metric = s.kind() == MapStyle.Kind.CHOROPLETH ? s.rate().name() : s.point().name();
        return "api/v1/review/map.png?area=" + area().code() + "&quarter=" + q + "&mode=" + mode.name().toLowerCase()
                + "&style=" + s.kind().name().toLowerCase() + "&metric=" + metric.toLowerCase() + "&size=" + (int) s.size()
                + (s.unit() == null ? "" : "&unit=" + s.unit().name().toLowerCase()) + "&method="
                + s.method().name().toLowerCase() + "&classes=" + s.classes();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
