package org.gridatlas.webapp.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The browser's polling for background work, shared fairly: each piece of work asks under its own name, and the UI
 * polls at the fastest interval still asked for, stopping only when nobody asks. (With {@code setPollInterval}
 * called directly, the playback ending switched polling off while a review pack was still being made, and the
 * pack's "done" never reached the screen.) Call with the session locked: from a listener or inside
 * {@code ui.access}.
 */
public final class Polling {

    private static final String KEY = Polling.class.getName();

    private Polling() {
    }

    /** Asks for a round trip at least every {@code millis} for {@code who} (asking again replaces the interval). */
    public static void start(UI ui, String who, int millis) {
        requests(ui).put(who, millis);
        apply(ui);
    }

    /** Withdraws {@code who}'s request; the UI keeps polling for the others. */
    public static void stop(UI ui, String who) {
        requests(ui).remove(who);
        apply(ui);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> requests(UI ui) {
        Object data = ComponentUtil.getData(ui, KEY);
        if (data == null) {
            data = new LinkedHashMap<String, Integer>();
            ComponentUtil.setData(ui, KEY, data);
        }
        return (Map<String, Integer>) data;
    }

    private static void apply(UI ui) {
        ui.setPollInterval(requests(ui).values().stream().mapToInt(Integer::intValue).min().orElse(-1));
    }
}
