package org.gridatlas.analytics.review.pack;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.analytics.review.CoverageGap;
import org.gridatlas.analytics.review.OpenItem;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewQueries;
import org.springframework.stereotype.Component;

/** The oldest items still open and the grid areas with the biggest visit coverage gaps in the quarter. */
@Component
class OpenItemsSection implements PackSection {

    static final int ROWS = 15;

    private final ReviewQueries queries;

    OpenItemsSection(ReviewQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String id() {
        return "open";
    }

    @Override
    public Rendered render(PackContext ctx) {
        Figures f = new Figures();
        List<List<String>> open = new ArrayList<>();
        List<OpenItem> items = queries.oldestOpen(ctx.areaCode(), ROWS);
        for (int i = 0; i < items.size(); i++) {
            OpenItem it = items.get(i);
            String opened = it.openedAt().atZone(Quarter.ZONE).toLocalDate().toString();
            f.put(String.format("open.%02d.code", i + 1), it.code()).put(String.format("open.%02d.opened", i + 1), opened);
            open.add(List.of(Integer.toString(i + 1), it.kind().equals("REQUEST") ? "诉求" : "纠纷", it.code(), it.what(),
                    it.village(), opened, it.deadline() == null ? "—"
                            : it.deadline().atZone(Quarter.ZONE).toLocalDate().toString()));
        }
        List<List<String>> gaps = new ArrayList<>();
        List<CoverageGap> cg = queries.coverageGaps(ctx.areaCode(), ctx.quarter().period(), ROWS);
        for (int i = 0; i < cg.size(); i++) {
            CoverageGap g = cg.get(i);
            String k = String.format("open.gap.%02d.", i + 1);
            f.put(k + "grid_area", g.key()).put(k + "assigned", g.assigned()).put(k + "visited", g.visited());
            gaps.add(List.of(Integer.toString(i + 1), g.name(), g.village(), Long.toString(g.assigned()),
                    Long.toString(g.visited()), Long.toString(g.gap()), PackData.percent(g.visited(), g.assigned())));
        }
        return new Rendered(f, pdf -> {
            pdf.heading("最久未办结事项 Oldest open items（截至生成时）");
            pdf.table(new float[] {0.6f, 1, 3, 3, 3, 2, 2}, List.of("#", "类别", "编号", "事项", "村(社区)", "登记日期", "期限"),
                    open);
            pdf.heading("走访覆盖缺口最大的网格 Biggest coverage gaps · " + ctx.quarter());
            pdf.table(new float[] {0.6f, 3, 3, 1.5f, 1.5f, 1.5f, 1.5f}, List.of("#", "网格", "村(社区)", "应访户", "已访户",
                    "缺口", "覆盖率"), gaps);
        });
    }
}
