package org.gridatlas.analytics.review.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.gridatlas.analytics.review.Period;
import org.gridatlas.analytics.review.PointMetric;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.analytics.review.UnitRates;
import org.springframework.stereotype.Component;

/** Title page: area, period, and the area's totals (sums over its villages) with the definitions of each rate. */
@Component
class SummarySection implements PackSection {

    private final ReviewQueries queries;

    SummarySection(ReviewQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public Rendered render(PackContext ctx) {
        Period period = ctx.quarter().period();
        List<UnitRates> villages = PackData.villages(ctx, queries);
        Figures f = new Figures();
        f.put("summary.households", villages.stream().mapToLong(UnitRates::households).sum());
        f.put("summary.requests", villages.stream().mapToLong(UnitRates::requests).sum());
        f.put("summary.countable", villages.stream().mapToLong(UnitRates::countable).sum());
        f.put("summary.completed", villages.stream().mapToLong(UnitRates::completed).sum());
        f.put("summary.rated", villages.stream().mapToLong(UnitRates::rated).sum());
        f.put("summary.satisfied", villages.stream().mapToLong(UnitRates::satisfied).sum());
        f.put("summary.assigned", villages.stream().mapToLong(UnitRates::assigned).sum());
        f.put("summary.visited", villages.stream().mapToLong(UnitRates::visited).sum());
        f.put("summary.disputes", queries.count(ctx.areaCode(), period, PointMetric.DISPUTES));
        f.put("summary.overdue", queries.count(ctx.areaCode(), period, PointMetric.OVERDUE));
        f.put("summary.area", ctx.area().code() + " " + ctx.area().name());
        f.put("summary.quarter", ctx.quarter().toString());
        return new Rendered(f, pdf -> draw(pdf, ctx, f));
    }

    private static void draw(PackPdf pdf, PackContext ctx, Figures f) {
        Quarter q = ctx.quarter();
        LocalDate first = q.firstMonth().atDay(1);
        LocalDate last = q.firstMonth().plusMonths(2).atEndOfMonth();
        pdf.title("季度点评 Quarterly review · " + ctx.area().name() + " · " + q);
        pdf.text("期间 Period：" + q + "（" + first + " 至 " + last + "，北京时间）");
        pdf.text("区域 Area：" + ctx.area().name() + "（" + ctx.area().code() + "）");
        pdf.text("生成 Generated：" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                ctx.generatedAt().atZone(Quarter.ZONE).withNano(0).toLocalDateTime()));
        pdf.heading("总体指标 Key figures");
        pdf.table(new float[] {3, 2, 2, 2}, List.of("指标 Figure", "分子 Numerator", "分母 Denominator", "值 Value"), List.of(
                List.of("户数 Households", f.get("summary.households"), "", f.get("summary.households")),
                List.of("诉求 Requests", f.get("summary.requests"), "", f.get("summary.requests")),
                List.of("每千户诉求 Requests per 1,000 households", f.get("summary.requests"),
                        f.get("summary.households"),
                        PackData.perThousand(f.getLong("summary.requests"), f.getLong("summary.households"))),
                List.of("办结率 Completion", f.get("summary.completed"), f.get("summary.countable"),
                        PackData.percent(f.getLong("summary.completed"), f.getLong("summary.countable"))),
                List.of("满意率 Satisfaction", f.get("summary.satisfied"), f.get("summary.rated"),
                        PackData.percent(f.getLong("summary.satisfied"), f.getLong("summary.rated"))),
                List.of("走访覆盖率 Visit coverage", f.get("summary.visited"), f.get("summary.assigned"),
                        PackData.percent(f.getLong("summary.visited"), f.getLong("summary.assigned"))),
                List.of("矛盾纠纷 Disputes opened", f.get("summary.disputes"), "", f.get("summary.disputes")),
                List.of("逾期件 Overdue requests", f.get("summary.overdue"), "", f.get("summary.overdue"))));
        pdf.note("口径：诉求 = 本季度登记的诉求；办结率 = 本季度登记且未退回的诉求中，季度结束前已答复（replied_at）的比例；"
                + "满意率 = 本季度登记且已评价的诉求中评价为“满意”的比例（“基本满意”不计入）；走访覆盖率 = 本季度内被走访的户 ÷ "
                + "本季度内有有效联系户—代办员关系的户；逾期件 = 期限落在本季度内而未在期限前答复的诉求（退回件除外）；"
                + "户数 = 现有住户登记。Definitions as in the README, section Quarterly review.");
    }
}
