package org.gridatlas.webapp.meeting.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.webapp.security.CurrentUser;

/**
 * 会议模式: full screen (Fullscreen API), large type on black, keyboard paging through five slides — overview,
 * ranking, hotspots, coverage gaps, star ratings. → / PageDown next, ← / PageUp previous, 1–5 jump; clicking a town
 * drills the slides into it, Backspace returns to the county, Esc (or leaving full screen) returns to the dashboard.
 */
@Route(value = "meeting", autoLayout = false)
@RolesAllowed({"COUNTY_LEADER", "TOWN_SECRETARY", "SUPERVISOR", "ADMIN"})
// the route's own chunk must carry the web components it creates (Vaadin bundles per route)
@JsModule("./components/ga-chart.js")
@JsModule("./components/ga-map.js")
@CssImport("maplibre-gl/dist/maplibre-gl.css")
@CssImport("./components/dashboard/dashboard.css")
public class MeetingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int SLIDES = 5;
    private static final String[] KEYS = {"overview", "ranked", "hotspots", "gaps", "stars"};

    private final DashboardQueries queries;
    private final DivisionQuery divisions;
    private final AreaCode viewArea = CurrentUser.viewArea();
    private final Map<String, MeetingData> cache = new HashMap<>();
    private final H1 title = new H1();
    private final Span where = new Span();
    private final Span page = new Span();
    private final Div body = new Div();
    private final Button backToCounty;
    private Quarter quarter;
    private String home;
    private String area;
    private int slide;

    MeetingView(DashboardQueries queries, DivisionQuery divisions) {
        this.queries = queries;
        this.divisions = divisions;
        addClassName("ga-meeting");
        setId("meeting");
        where.addClassName("ga-meeting-where");
        page.addClassName("ga-meeting-page");
        page.setId("meeting-page");
        title.setId("meeting-title");
        Div head = new Div(title, where, page);
        head.addClassName("ga-meeting-head");
        body.addClassName("ga-meeting-body");
        body.setId("meeting-body");
        Button full = new Button(getTranslation("meeting.fullscreen"));
        full.setId("meeting-fullscreen");
        // the Fullscreen API needs the user's gesture: request it in the browser's own click handler
        full.getElement().executeJs("this.addEventListener('click', () => document.documentElement.requestFullscreen"
                + " && document.documentElement.requestFullscreen().catch(() => {}))");
        backToCounty = new Button(getTranslation("meeting.back-county"), e -> drill(home));
        backToCounty.setId("meeting-back");
        Div foot = new Div(new Span(getTranslation("meeting.help")), full, backToCounty);
        foot.addClassName("ga-meeting-foot");
        add(head, body, foot);
        keys();
    }

    private void keys() {
        for (Key k : List.of(Key.ARROW_RIGHT, Key.PAGE_DOWN)) {
            Shortcuts.addShortcutListener(this, () -> go(slide + 1), k);
        }
        for (Key k : List.of(Key.ARROW_LEFT, Key.PAGE_UP)) {
            Shortcuts.addShortcutListener(this, () -> go(slide - 1), k);
        }
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
        for (int i = 0; i < SLIDES; i++) {
            int target = i;
            Shortcuts.addShortcutListener(this, () -> go(target), digits[i]);
        }
        Shortcuts.addShortcutListener(this, this::leave, Key.ESCAPE);
        Shortcuts.addShortcutListener(this, () -> drill(home), Key.BACKSPACE);
        getElement().addEventListener("ga-fullscreen-exit", e -> leave());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // leaving full screen with the browser's own Esc also leaves meeting mode
        getElement().executeJs("const el = this; let was = false;"
                + "document.addEventListener('fullscreenchange', () => {"
                + "  if (document.fullscreenElement) { was = true; }"
                + "  else if (was && el.isConnected) { el.dispatchEvent(new CustomEvent('ga-fullscreen-exit')); } });"
                + "if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        String a = p.getOrDefault("area", List.of()).stream().findFirst().orElse(viewArea.code());
        home = a.startsWith(viewArea.code()) && (a.length() == 6 || a.length() == 9 || a.length() == 12) && a.matches("\\d+")
                ? a : viewArea.code();
        String q = p.getOrDefault("q", List.of()).stream().findFirst().orElse(null);
        try {
            quarter = q == null ? queries.latestQuarter(home) : Quarter.parse(q);
        } catch (IllegalArgumentException e) {
            quarter = queries.latestQuarter(home);
        }
        area = home;
        slide = 0;
        render();
    }

    void go(int target) {
        slide = Math.floorMod(target, SLIDES);
        render();
    }

    void drill(String code) {
        if (code == null || !code.startsWith(viewArea.code())) {
            return;
        }
        area = code;
        slide = 0;
        render();
    }

    private void leave() {
        getElement().executeJs("if (document.fullscreenElement) document.exitFullscreen().catch(() => {})");
        getUI().ifPresent(ui -> ui.navigate("dashboard",
                QueryParameters.simple(Map.of("q", quarter.toString(), "area", home))));
    }

    private void render() {
        MeetingData data = cache.computeIfAbsent(area, a -> MeetingData.load(queries, divisions, quarter, a));
        title.setText(getTranslation("meeting.slide." + KEYS[slide]));
        where.setText(data.name() + " · " + quarter);
        page.setText((slide + 1) + " / " + SLIDES);
        backToCounty.setVisible(!area.equals(home));
        body.removeAll();
        MeetingSlides slides = new MeetingSlides(data, this::getTranslation, this::drill);
        Component content = switch (slide) {
            case 0 -> slides.overview();
            case 1 -> slides.ranked();
            case 2 -> slides.hotspots();
            case 3 -> slides.gaps();
            default -> slides.stars();
        };
        body.add(content);
        body.getElement().setAttribute("data-slide", KEYS[slide]);
        body.getElement().setAttribute("data-area", area);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title") + " · " + getTranslation("app.title");
    }
}
