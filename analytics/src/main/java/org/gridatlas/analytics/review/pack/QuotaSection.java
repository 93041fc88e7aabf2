package org.gridatlas.analytics.review.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.QuotaRow;
import org.gridatlas.analytics.dashboard.QuotaRule;
import org.gridatlas.analytics.dashboard.QuotaSummary;
import org.springframework.stereotype.Component;

/**
 * Agent quota compliance (seed 001 篇6, {@link QuotaRule}): per level the agents, those judged and those meeting the
 * quota in every judged period, then every agent who missed it (names masked). Same figures as the dashboard.
 */
@Component
class QuotaSection implements PackSection {

    private final DashboardQueries dashboard;

    QuotaSection(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "quota";
    }

    static String level(QuotaRule.Level l) {
        return switch (l) {
            case TOWN -> "镇级";
            case VILLAGE -> "村级";
            case GROUP -> "组级";
        };
    }

    static String rule(QuotaRule.Level l) {
        return (l.period().equals("week") ? "每周" : "每月") + "至少 " + l.required() + " 件";
    }

    /** The agents furthest from their quota listed by name (masked); the others are counted per unit. */
    static final int LISTED = 30;

    @Override
    public Rendered render(PackContext ctx) {
        List<QuotaRow> rows = dashboard.quota(PackData.dashboardQuarter(ctx), ctx.areaCode().code());
        List<QuotaSummary> summary = DashboardQueries.summarise(rows);
        List<QuotaRow> missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.meets()))
                .sorted(Comparator.comparingDouble((QuotaRow r) -> (double) r.periodsMet() / r.periodsJudged())
                        .thenComparing(QuotaRow::code))
                .toList();
        Figures f = new Figures();
        for (QuotaSummary s : summary) {
            String k = "quota." + s.level() + ".";
            f.put(k + "agents", s.agents()).put(k + "judged", s.judged()).put(k + "compliant", s.compliant());
        }
        f.put("quota.missed", missed.size());
        for (int i = 0; i < Math.min(LISTED, missed.size()); i++) {
            QuotaRow r = missed.get(i);
            String k = String.format("quota.listed.%02d.", i + 1);
            f.put(k + "code", r.code()).put(k + "items", r.items()).put(k + "periods_met", r.periodsMet())
                    .put(k + "periods_judged", r.periodsJudged());
        }
        Map<String, long[]> units = new TreeMap<>();   // agents, judged, compliant
        for (QuotaRow r : rows) {
            long[] u = units.computeIfAbsent(PackData.unitOf(ctx, r.divisionCode()), c -> new long[3]);
            u[0]++;
            u[1] += r.meets() == null ? 0 : 1;
            u[2] += Boolean.TRUE.equals(r.meets()) ? 1 : 0;
        }
        Map<String, String> names = PackData.unitNames(ctx, dashboard);
        List<List<String>> unitRows = new ArrayList<>();
        units.forEach((code, u) -> {
            String k = "quota.unit." + code + ".";
            f.put(k + "agents", u[0]).put(k + "judged", u[1]).put(k + "compliant", u[2]);
            unitRows.add(List.of(names.getOrDefault(code, code), code, Long.toString(u[0]), Long.toString(u[1]),
                    u[2] + "/" + u[1], PackData.percent(u[2], u[1])));
        });
        List<List<String>> table = summary.stream().map(s -> List.of(level(s.level()), rule(s.level()),
                Long.toString(s.agents()), Long.toString(s.judged()), Long.toString(s.compliant()),
                s.compliant() + "/" + s.judged(), PackData.percent(s.compliant(), s.judged()))).toList();
        List<List<String>> missedRows = new ArrayList<>();
        for (QuotaRow r : missed.stream().limit(LISTED).toList()) {
            missedRows.add(List.of(r.code(), r.name(), level(r.level()), r.divisionName(), Integer.toString(r.items()),
                    r.periodsMet() + "/" + r.periodsJudged()));
        }
        String unit = ctx.areaCode().code().length() == 6 ? "镇(街道)" : "村(社区)";
        return new Rendered(f, pdf -> {
            pdf.heading("代办员履职达标 Agent quota compliance · " + ctx.quarter());
            pdf.table(new float[] {1.2f, 2, 1.2f, 1.2f, 1.2f, 1.4f, 1.2f},
                    List.of("层级 Level", "要求 Rule", "代办员 Agents", "已评判 Judged", "达标 Compliant", "达标/评判",
                            "达标率 Share"), table);
            pdf.note("口径（篇6）：事项 = 代办员经办、非退回件、在期间内答复或办结的诉求；镇级按季度内完整的自然周（周一至周日）评判，"
                    + "村级、组级按季度的三个月评判；只评判已结束的期间；每个期间都达到要求才算达标。");
            pdf.table(new float[] {3, 2.4f, 1.2f, 1.2f, 1.4f, 1.2f}, List.of(unit + " Unit", "代码 Code",
                    "代办员 Agents", "已评判 Judged", "达标/评判", "达标率 Share"), unitRows);
            pdf.text("未达标代办员 Agents who missed the quota：" + missed.size()
                    + (missed.size() > LISTED ? "（列出离要求最远的 " + LISTED + " 人 the " + LISTED + " furthest）" : ""));
            if (!missedRows.isEmpty()) {
                pdf.table(new float[] {2.4f, 1.4f, 1, 3, 1, 1.4f}, List.of("编号 Code", "姓名 Name", "层级", "所在区域",
                        "事项 Items", "达标期/评判期"), missedRows);
            }
        });
    }
}
