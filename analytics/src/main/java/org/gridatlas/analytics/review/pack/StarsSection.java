package org.gridatlas.analytics.review.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.PostStars;
import org.gridatlas.analytics.dashboard.StarRule;
import org.springframework.stereotype.Component;

/** Star ratings of the area's service posts (seed 001 篇7, {@link StarRule}): posts per star, then every post. */
@Component
class StarsSection implements PackSection {

    private final DashboardQueries dashboard;

    StarsSection(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String id() {
        return "stars";
    }

    static String kind(String kind) {
        return switch (kind) {
            case "TOWN_WINDOW" -> "镇代办窗口";
            case "VILLAGE_STATION" -> "村代办站";
            case "GRID_POINT" -> "网格代办点";
            default -> kind;
        };
    }

    static String stars(int n) {
        return n == 0 ? "无星" : "★".repeat(n) + "☆".repeat(3 - n);
    }

    @Override
    public Rendered render(PackContext ctx) {
        List<PostStars> posts = dashboard.stars(PackData.dashboardQuarter(ctx), ctx.areaCode().code());
        long[] perStar = new long[4];
        posts.forEach(p -> perStar[p.stars()]++);
        Figures f = new Figures();
        for (int s = 0; s <= 3; s++) {
            f.put("stars.count." + s, perStar[s]);
        }
        boolean county = ctx.areaCode().code().length() == 6;
        Map<String, long[]> units = new TreeMap<>();   // posts with 0, 1, 2, 3 stars
        List<List<String>> rows = new ArrayList<>();
        for (PostStars p : posts) {
            String k = "stars.post." + p.postId() + ".";
            f.put(k + "stars", p.stars()).put(k + "requests", p.requests()).put(k + "completed", p.completed())
                    .put(k + "rated", p.rated()).put(k + "satisfied", p.satisfied())
                    .put(k + "disputes_closed", p.disputesClosed()).put(k + "disputes_resolved", p.disputesResolved());
            units.computeIfAbsent(PackData.unitOf(ctx, p.divisionCode()), c -> new long[4])[p.stars()]++;
            if (county && "GRID_POINT".equals(p.kind())) {
                continue;   // a county's grid points (hundreds) are counted per town, not listed
            }
            rows.add(List.of(p.stars() + " " + stars(p.stars()), p.name(), kind(p.kind()), p.divisionName(),
                    p.satisfied() + "/" + p.rated(), PackData.percent(p.satisfied(), p.rated()),
                    p.completed() + "/" + p.requests(), PackData.percent(p.completed(), p.requests()),
                    p.disputesResolved() + "/" + p.disputesClosed(),
                    PackData.percent(p.disputesResolved(), p.disputesClosed())));
        }
        Map<String, String> names = PackData.unitNames(ctx, dashboard);
        List<List<String>> unitRows = new ArrayList<>();
        units.forEach((code, u) -> {
            String k = "stars.unit." + code + ".";
            for (int s = 0; s <= 3; s++) {
                f.put(k + s, u[s]);
            }
            unitRows.add(List.of(names.getOrDefault(code, code), code, Long.toString(u[0] + u[1] + u[2] + u[3]),
                    Long.toString(u[3]), Long.toString(u[2]), Long.toString(u[1]), Long.toString(u[0])));
        });
        String unit = county ? "镇(街道)" : "村(社区)";
        return new Rendered(f, pdf -> {
            pdf.heading("代办服务点星级评定 Star ratings of service posts · " + ctx.quarter());
            pdf.text(String.format("三星 %d 个，二星 %d 个，一星 %d 个，无星 %d 个（共 %d 个服务点）", perStar[3], perStar[2],
                    perStar[1], perStar[0], posts.size()));
            pdf.note("规则（篇7）：满意率（满意 + 基本满意）≥ 90%，且代办办结率与调解成功率均 ≥ 80% / 85% / 90%，评为一 / 二 / 三星级；"
                    + "无评价或无诉求的服务点不评星；本季度未办结矛盾纠纷的服务点只按诉求评定。");
            pdf.table(new float[] {3, 2.4f, 1.2f, 1, 1, 1, 1}, List.of(unit + " Unit", "代码 Code", "服务点 Posts",
                    "三星 ★★★", "二星 ★★", "一星 ★", "无星 none"), unitRows);
            if (county) {
                pdf.note("下表列出镇代办窗口和村代办站；网格代办点只在上表按镇计数。Grid points are counted per town above.");
            }
            pdf.table(new float[] {1.3f, 3.2f, 1.5f, 2.2f, 1.3f, 1, 1.3f, 1, 1.2f, 1},
                    List.of("星级", "服务点 Post", "类型", "所在区域", "满意/评价", "满意率", "办结/诉求", "办结率", "成功/调结",
                            "调解成功率"), rows);
        });
    }
}
