package org.gridatlas.analytics.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * Classified review maps: one period, several periods under ONE locked legend (classes computed over the union of
 * their values), or the change against an earlier period on a diverging legend.
 */
@Service
public class ReviewMaps {

    static final String NO_DATA = "#cccccc";

    private final ReviewQueries queries;

    ReviewMaps(ReviewQueries queries) {
        this.queries = queries;
    }

    private record Raw(String id, String label, String geoJson, Geometry metric, double value) {
    }

    public ReviewLayer single(AreaCode area, Period period, MapStyle style) {
        return compare(area, List.of(period), style).getFirst();
    }

    /** The periods side by side, one legend locked over all of them. */
    public List<ReviewLayer> compare(AreaCode area, List<Period> periods, MapStyle style) {
        AreaInfo info = queries.area(area);
        List<List<Raw>> raws = periods.stream().map(p -> raw(area, info, p, style)).toList();
        List<double[]> values = raws.stream()
                .map(r -> r.stream().mapToDouble(Raw::value).filter(v -> !Double.isNaN(v)).toArray()).toList();
        Legend legend = Legend.locked(style.method(), style.classes(), values, unit(style));
        String lockedOver = periods.size() == 1 ? periods.getFirst().label()
                : periods.getFirst().label() + "–" + periods.getLast().label();
        List<ReviewLayer> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            List<ReviewLayer.Feature> fs = raws.get(i).stream().map(r -> new ReviewLayer.Feature(r.id(), r.label(),
                    r.geoJson(), r.metric(), r.value(), Double.isNaN(r.value()) ? NO_DATA : legend.colorOf(r.value())))
                    .toList();
            out.add(new ReviewLayer(periods.get(i).label(), fs, legend, notes(info, style, lockedOver)));
        }
        return out;
    }

    /** {@code current} minus {@code previous} per cell, village or grid area (absent = 0 for counts). */
    public ReviewLayer change(AreaCode area, Period current, Period previous, MapStyle style) {
        AreaInfo info = queries.area(area);
        Map<String, Raw> now = byId(raw(area, info, current, style));
        Map<String, Raw> before = byId(raw(area, info, previous, style));
        boolean counts = style.kind() != MapStyle.Kind.CHOROPLETH;
        Map<String, Raw> all = new LinkedHashMap<>(before);
        all.putAll(now);
        List<Raw> deltas = new ArrayList<>();
        all.forEach((id, r) -> {
            double a = now.containsKey(id) ? now.get(id).value() : counts ? 0 : Double.NaN;
            double b = before.containsKey(id) ? before.get(id).value() : counts ? 0 : Double.NaN;
            deltas.add(new Raw(id, r.label(), r.geoJson(), r.metric(), a - b));
        });
        Legend legend = Legend.change(deltas.stream().mapToDouble(Raw::value).filter(v -> !Double.isNaN(v)).toArray(),
                style.classes(), unit(style));
        List<ReviewLayer.Feature> fs = deltas.stream().map(r -> new ReviewLayer.Feature(r.id(), r.label(), r.geoJson(),
                r.metric(), r.value(), Double.isNaN(r.value()) ? NO_DATA : legend.colorOf(r.value()))).toList();
        List<String> notes = new ArrayList<>(notes(info, style, current.label()));
        notes.set(notes.size() - 1, "变化 change: " + current.label() + " − " + previous.label());
        return new ReviewLayer(current.label() + " − " + previous.label(), fs, legend, notes);
    }

    private static Map<String, Raw> byId(List<Raw> raws) {
        Map<String, Raw> m = new HashMap<>();
        raws.forEach(r -> m.put(r.id(), r));
        return m;
    }

    private List<Raw> raw(AreaCode area, AreaInfo info, Period period, MapStyle style) {
        return switch (style.kind()) {
            case HEX -> queries.hexBins(area, period, style.point(), style.size()).stream()
                    .map(h -> new Raw(h.i() + "," + h.j(), h.count() + " 件", h.geoJson(), h.metric(), h.count()))
                    .toList();
            case DENSITY -> queries.density(area, period, style.point(), style.size(), densityCell(info, style))
                    .stream().map(d -> new Raw(d.geoJson().hashCode() + "", String.format(Locale.ROOT, "%.1f/km²",
                            d.perKm2()), d.geoJson(), d.metric(), d.perKm2())).toList();
            case CHOROPLETH -> queries.rates(area, period, style.unit()).stream()
                    .map(u -> {
                        double v = u.value(style.rate());
                        double shown = style.rate() == RateMetric.REQUESTS_PER_1000 ? v : v * 100;
                        return new Raw(u.key(), u.name() + " " + format(shown, style), u.geoJson(), u.metric(), shown);
                    }).toList();
        };
    }

    /** The raster cell of a density map: a quarter of the radius, coarser for large areas (at most ~150 cells wide). */
    public static double densityCell(AreaInfo info, MapStyle style) {
        var env = info.outline().getEnvelopeInternal();
        return Math.min(style.size(), Math.max(style.size() / 4, Math.max(env.getWidth(), env.getHeight()) / 150));
    }

    static String unit(MapStyle style) {
        return switch (style.kind()) {
            case HEX -> "件/格";
            case DENSITY -> "件/km²";
            case CHOROPLETH -> style.rate() == RateMetric.REQUESTS_PER_1000 ? "件/千户" : "%";
        };
    }

    private static String format(double v, MapStyle style) {
        return Double.isNaN(v) ? "无数据" : String.format(Locale.ROOT, "%.1f", v) + unit(style).replace("件/千户", "‰户");
    }

    private static List<String> notes(AreaInfo info, MapStyle style, String lockedOver) {
        List<String> notes = new ArrayList<>();
        switch (style.kind()) {
            case HEX -> notes.add(String.format(Locale.ROOT, "六边形边长 %.0f m，每格件数（EPSG:%d 高斯-克吕格投影）",
                    style.size(), info.srid()));
            case DENSITY -> notes.add(String.format(Locale.ROOT,
                    "核密度：四次核，搜索半径 %.0f m，栅格 %.0f m；单位：件/km²（每平方公里件数）", style.size(),
                    densityCell(info, style)));
            case CHOROPLETH -> notes.add("单位：" + unit(style) + "；灰色 = 无数据");
        }
        notes.add("分级：" + switch (style.method()) {
            case EQUAL_INTERVAL -> "等间距";
            case QUANTILE -> "分位数";
            case NATURAL_BREAKS -> "自然断点";
        } + " " + style.classes() + " 级");
        notes.add("图例锁定于 " + lockedOver);
        return notes;
    }
}
