package org.gridatlas.analytics.review.pack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.Period;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewLayer;
import org.gridatlas.analytics.review.ReviewMaps;
import org.springframework.stereotype.Component;

/**
 * Requests in hexagon bins (the edge of {@link MapsSection}) for the quarter and the three before as small multiples
 * under ONE legend locked over the four, and the change against the previous quarter on a diverging legend; every
 * panel with north arrow and scale bar.
 */
@Component
class CompareMapsSection implements PackSection {

    private final ReviewMaps maps;

    CompareMapsSection(ReviewMaps maps) {
        this.maps = maps;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String id() {
        return "compare";
    }

    @Override
    public Rendered render(PackContext ctx) {
        MapStyle style = MapsSection.hexStyle(ctx.area().level());
        Quarter q = ctx.quarter();
        List<Period> periods = q.lastN(4).stream().map(Quarter::period).toList();
        List<ReviewLayer> four = maps.compare(ctx.areaCode(), periods, style);
        ReviewLayer change = maps.change(ctx.areaCode(), q.period(), q.previous().period(), style);
        Figures f = new Figures();
        f.put("compare.edge_m", (long) style.size());
        for (ReviewLayer l : four) {
            String k = "compare." + l.period() + ".";
            f.put(k + "cells", l.features().size());
            f.put(k + "points", l.features().stream().mapToLong(x -> (long) x.value()).sum());
            f.put(k + "max", l.features().stream().mapToLong(x -> (long) x.value()).max().orElse(0));
        }
        double[] bounds = four.getFirst().legend().bounds();
        f.put("compare.legend.bounds", DoubleStream.of(bounds).mapToObj(CompareMapsSection::exact)
                .collect(Collectors.joining(" ")));
        double[] d = change.features().stream().mapToDouble(ReviewLayer.Feature::value).toArray();
        f.put("compare.change.cells", d.length);
        f.put("compare.change.up", DoubleStream.of(d).filter(v -> v > 0).count());
        f.put("compare.change.down", DoubleStream.of(d).filter(v -> v < 0).count());
        f.put("compare.change.same", DoubleStream.of(d).filter(v -> v == 0).count());
        f.put("compare.change.net", Math.round(DoubleStream.of(d).sum()));
        f.put("compare.change.max_up", Math.round(DoubleStream.of(d).max().orElse(0)));
        f.put("compare.change.max_down", Math.round(DoubleStream.of(d).min().orElse(0)));
        return new Rendered(f, pdf -> {
            pdf.heading("四季度对比 Four quarters, one legend · " + periods.getFirst().label() + "–" + q);
            pdf.image(ReviewImages.multiples(ctx.fonts(), ctx.area(), four, "诉求 六边形分箱", 1800, 1060),
                    pdf.pageWidth() * 0.9f);
            StringBuilder note = new StringBuilder("同一图例锁定于四个季度（按四季度全部格值分级），同色即同值。");
            for (ReviewLayer l : four) {
                String k = "compare." + l.period() + ".";
                note.append(l.period()).append("：").append(f.get(k + "points")).append(" 件 / ")
                        .append(f.get(k + "cells")).append(" 格，单格最多 ").append(f.get(k + "max")).append("；");
            }
            pdf.note(note.append("图例分级界限 ").append(f.get("compare.legend.bounds")).toString());
            pdf.newPage();
            pdf.heading("较上季度变化 Change against the previous quarter · " + q + " − " + q.previous());
            pdf.image(ReviewImages.draw(ctx.fonts(), ctx.area(), change, "诉求变化 六边形分箱", 1400, 1000), 590);
            String c = "compare.change.";
            pdf.note("每格本季度件数减上季度件数（蓝 = 减少，红 = 增加，图例以 0 为中心对称）：" + f.get(c + "cells")
                    + " 格中增加 " + f.get(c + "up") + " 格、减少 " + f.get(c + "down") + " 格、持平 " + f.get(c + "same")
                    + " 格；合计变化 " + f.get(c + "net") + " 件，单格最多增加 " + f.get(c + "max_up") + " 件、最多减少 "
                    + Math.abs(f.getLong(c + "max_down")) + " 件。");
        });
    }

    /** A bound as written in the figures: an integer without ".0", else up to 4 decimals. */
    static String exact(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
