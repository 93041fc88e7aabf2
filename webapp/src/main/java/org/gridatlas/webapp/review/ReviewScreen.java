package org.gridatlas.webapp.review;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.analytics.review.AreaInfo;
import org.gridatlas.analytics.review.CoverageGap;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.OpenItem;
import org.gridatlas.analytics.review.Period;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewLayer;
import org.gridatlas.analytics.review.ReviewMaps;
import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.analytics.review.pack.MapImage;
import org.gridatlas.analytics.review.pack.ReviewImages;
import org.gridatlas.analytics.review.pack.ReviewPackService;
import org.gridatlas.analytics.review.pack.ReviewPackService.Archived;
import org.gridatlas.analytics.review.pack.ReviewPackService.Pack;
import org.springframework.stereotype.Service;

/** The review screen's one door to the data: areas, quarters, classified maps, side lists, PNGs and packs. */
@Service
public class ReviewScreen {

    /** What the map shows: one period, four quarters side by side, the change against the previous quarter. */
    public enum Mode { SINGLE, COMPARE, CHANGE }

    private final ReviewQueries queries;
    private final ReviewMaps maps;
    private final ReviewPackService packs;
    private final DivisionQuery divisions;

    ReviewScreen(ReviewQueries queries, ReviewMaps maps, ReviewPackService packs, DivisionQuery divisions) {
        this.queries = queries;
        this.maps = maps;
        this.packs = packs;
        this.divisions = divisions;
    }

    /** The county, towns and villages the user may review (inside the viewing area). */
    public List<DivisionNode> areas(AreaCode view) {
        return divisions.tree(view).stream()
                .filter(d -> d.code().startsWith(view.code()) && d.code().length() >= 6)
                .toList();
    }

    public List<Quarter> quarters(AreaCode area) {
        return queries.quarters(area);
    }

    public Quarter latestClosed(List<Quarter> quarters) {
        return queries.latestClosed(quarters);
    }

    public AreaInfo area(AreaCode area) {
        return queries.area(area);
    }

    /** The layers for a mode: SINGLE = the period, COMPARE = the quarter and the three before, CHANGE = vs previous. */
    public List<ReviewLayer> layers(AreaCode area, Quarter quarter, Period period, MapStyle style, Mode mode) {
        return switch (mode) {
            case SINGLE -> List.of(maps.single(area, period, style));
            case COMPARE -> maps.compare(area, quarter.lastN(4).stream().map(Quarter::period).toList(), style);
            case CHANGE -> List.of(maps.change(area, quarter.period(), quarter.previous().period(), style));
        };
    }

    /** The months of a quarter under one legend locked over the three of them (timeline playback). */
    public List<ReviewLayer> months(AreaCode area, Quarter quarter, MapStyle style) {
        return maps.compare(area, quarter.months(), style);
    }

    public List<OpenItem> oldestOpen(AreaCode area) {
        return queries.oldestOpen(area, 10);
    }

    public List<CoverageGap> coverageGaps(AreaCode area, Quarter quarter) {
        return queries.coverageGaps(area, quarter.period(), 10);
    }

    public byte[] png(AreaCode area, ReviewLayer layer, String title) {
        AreaInfo info = queries.area(area);
        BufferedImage img = ReviewImages.draw(packs.fonts(), info, layer, title, PNG_W, PNG_H);
        return MapImage.png(img);
    }

    /** Width and height in pixels of a single map PNG and of the small multiples PNG. */
    public static final int PNG_W = 1400;
    public static final int PNG_H = 1000;
    public static final int MULTIPLES_W = 1800;
    public static final int MULTIPLES_H = 1060;

    /** Compared layers (one locked legend) as small multiples in one PNG. */
    public byte[] multiplesPng(AreaCode area, List<ReviewLayer> layers, String title) {
        return MapImage.png(ReviewImages.multiples(packs.fonts(), queries.area(area), layers, title, MULTIPLES_W,
                MULTIPLES_H));
    }

    public Pack generate(AreaCode area, Quarter quarter, DoubleConsumer progress) {
        return packs.generate(area, quarter, progress);
    }

    public List<Archived> archive(AreaCode area) {
        return packs.archive(area);
    }

    public java.util.Optional<byte[]> pdf(long id) {
        return packs.pdf(id);
    }
}
