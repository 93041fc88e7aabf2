package org.gridatlas.analytics.ogc;

import java.util.Arrays;
import java.util.Optional;

/** The feature collections served at {@code /ogc/collections}: the same layers as the vector tiles. */
public enum OgcCollection {
    TOWNS("towns", "乡镇 Towns", false, false),
    VILLAGES("villages", "村(社区) Villages", false, false),
    GRID_AREAS("grid-areas", "网格 Grid areas", true, false),
    GROUPS("groups", "村民小组 Village groups", true, false),
    HOUSEHOLDS("households", "农户 Households (no personal data)", true, false),
    AGENTS("agents", "代办员 Agents (no personal data)", true, false),
    POSTS("posts", "代办站点 Service posts", true, false),
    REQUESTS("requests", "代办事项 Service requests", true, true),
    DISPUTES("disputes", "矛盾纠纷 Disputes", true, true),
    VISITS("visits", "走访 Visits", true, true);

    private final String id;
    private final String title;
    private final boolean numericIds;
    private final boolean temporal;

    OgcCollection(String id, String title, boolean numericIds, boolean temporal) {
        this.id = id;
        this.title = title;
        this.numericIds = numericIds;
        this.temporal = temporal;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** True when feature ids are numbers (database ids); towns and villages use their division codes. */
    public boolean numericIds() {
        return numericIds;
    }

    /** True when the features have a time (created, opened, visited) that {@code datetime} filters. */
    public boolean temporal() {
        return temporal;
    }

    public static Optional<OgcCollection> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
