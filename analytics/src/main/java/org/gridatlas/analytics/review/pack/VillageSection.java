package org.gridatlas.analytics.review.pack;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.analytics.review.UnitRates;
import org.springframework.stereotype.Component;

/** The rates by village: every count behind every rate, one row per village of the area. */
@Component
class VillageSection implements PackSection {

    private final ReviewQueries queries;

    VillageSection(ReviewQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String id() {
        return "village";
    }

    @Override
    public Rendered render(PackContext ctx) {
        List<UnitRates> villages = PackData.villages(ctx, queries);
        Figures f = new Figures();
        List<List<String>> rows = new ArrayList<>();
        for (UnitRates v : villages) {
            String k = "village." + v.key() + ".";
            f.put(k + "households", v.households()).put(k + "requests", v.requests())
                    .put(k + "countable", v.countable()).put(k + "completed", v.completed())
                    .put(k + "rated", v.rated()).put(k + "satisfied", v.satisfied())
                    .put(k + "assigned", v.assigned()).put(k + "visited", v.visited());
            rows.add(List.of(v.name(), v.key(), Long.toString(v.households()), Long.toString(v.requests()),
                    PackData.perThousand(v.requests(), v.households()),
                    v.completed() + "/" + v.countable(), PackData.percent(v.completed(), v.countable()),
                    v.satisfied() + "/" + v.rated(), PackData.percent(v.satisfied(), v.rated()),
                    v.visited() + "/" + v.assigned(), PackData.percent(v.visited(), v.assigned())));
        }
        return new Rendered(f, pdf -> {
            pdf.heading("分村指标 Rates by village · " + ctx.quarter());
            pdf.table(new float[] {3, 3, 1.6f, 1.4f, 1.6f, 1.8f, 1.4f, 1.8f, 1.4f, 2.2f, 1.4f},
                    List.of("村(社区)", "代码", "户数", "诉求", "每千户", "办结", "办结率", "满意", "满意率", "走访/应访",
                            "覆盖率"), rows);
        });
    }
}
