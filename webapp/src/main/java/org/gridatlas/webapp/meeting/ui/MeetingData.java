package org.gridatlas.webapp.meeting.ui;

import java.util.List;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Hotspot;
import org.gridatlas.analytics.dashboard.MonthTrend;
import org.gridatlas.analytics.dashboard.PostStars;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;

/** Everything the five slides show for one area and quarter, loaded once per area while the meeting runs. */
record MeetingData(String code, String name, DivisionNode.Bbox bbox, DashboardQueries.Overview overview,
                   List<MonthTrend> trend, List<Hotspot> hotspots, List<PostStars> stars) {

    static MeetingData load(DashboardQueries q, DivisionQuery divisions, Quarter quarter, String area) {
        DivisionNode node = divisions.find(area).orElse(null);
        return new MeetingData(area, node == null ? area : node.name(), node == null ? null : node.bbox(),
                q.overview(quarter, area), q.trends(quarter, area, 12), q.hotspots(quarter, area, 10),
                q.stars(quarter, area));
    }

    AreaCode areaCode() {
        return AreaCode.of(code);
    }
}
