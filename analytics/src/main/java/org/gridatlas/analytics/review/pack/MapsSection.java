package org.gridatlas.analytics.review.pack;


import org.gridatlas.analytics.review.ClassMethod;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.PointMetric;
import org.gridatlas.analytics.review.RateMetric;
import org.gridatlas.analytics.review.RateUnit;
import org.gridatlas.analytics.review.ReviewLayer;
import org.gridatlas.analytics.review.ReviewMaps;
import org.springframework.stereotype.Component;

/**
 * Two maps of the quarter: requests in hexagon bins (1 km edge for a county, 500 m below) and visit coverage by
 * village (by grid area when the area is a village), each with legend, north arrow and scale bar.
 */
@Component
class MapsSection implements PackSection {

    private final ReviewMaps maps;

    MapsSection(ReviewMaps maps) {
        this.maps = maps;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String id() {
        return "map";
    }

    static MapStyle hexStyle(String level) {
        return MapStyle.hex(PointMetric.REQUESTS, "COUNTY".equals(level) ? 1000 : 500, ClassMethod.NATURAL_BREAKS, 5);
    }

    static MapStyle coverageStyle(String level) {
        return MapStyle.choropleth(RateMetric.COVERAGE, "VILLAGE".equals(level) ? RateUnit.GRID_AREA : RateUnit.VILLAGE,
                ClassMethod.QUANTILE, 5);
    }

    @Override
    public Rendered render(PackContext ctx) {
        String level = ctx.area().level();
        ReviewLayer hex = maps.single(ctx.areaCode(), ctx.quarter().period(), hexStyle(level));
        ReviewLayer cov = maps.single(ctx.areaCode(), ctx.quarter().period(), coverageStyle(level));
        Figures f = new Figures();
        f.put("map.hex.edge_m", (long) hexStyle(level).size());
        f.put("map.hex.cells", hex.features().size());
        f.put("map.hex.points", hex.features().stream().mapToLong(x -> (long) x.value()).sum());
        f.put("map.hex.max", hex.features().stream().mapToLong(x -> (long) x.value()).max().orElse(0));
        f.put("map.coverage.units", cov.features().size());
        return new Rendered(f, pdf -> {
            pdf.heading("热力图 Maps · " + ctx.quarter());
            pdf.imagePair(ReviewImages.draw(ctx.fonts(), ctx.area(), hex, "诉求 六边形分箱", 900, 640),
                    ReviewImages.draw(ctx.fonts(), ctx.area(), cov, "走访覆盖率", 900, 640));
            pdf.note("左：本季度登记诉求按六边形分箱计数，共 " + f.get("map.hex.points") + " 件有位置，落在 "
                    + f.get("map.hex.cells") + " 个格内，单格最多 " + f.get("map.hex.max") + " 件。右：走访覆盖率（%）"
                    + "按" + (cov.features().size() > 0 && "VILLAGE".equals(level) ? "网格" : "村(社区)") + "分级。");
        });
    }

}
