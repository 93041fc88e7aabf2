package org.gridatlas.analytics.review.pack;

import java.awt.image.BufferedImage;
import java.util.List;

import org.gridatlas.analytics.review.AreaInfo;
import org.gridatlas.analytics.review.ReviewLayer;

/** A classified review layer drawn as an image (for the pack and the PNG download). */
public final class ReviewImages {

    private ReviewImages() {
    }

    public static BufferedImage draw(PackFonts fonts, AreaInfo area, ReviewLayer layer, String title, int w, int h) {
        List<MapImage.Shape> shapes = layer.features().stream()
                .filter(f -> f.metric() != null)
                .map(f -> new MapImage.Shape(f.metric(), f.color())).toList();
        int decimals = layer.legend().bounds().length > 1
                && layer.legend().bounds()[layer.legend().classes()] - layer.legend().bounds()[0] < 10 ? 1 : 0;
        var key = new MapImage.Key(title + " · " + layer.period(), layer.legend().colors(),
                layer.legend().labels(decimals), layer.notes());
        return MapImage.draw(fonts, area.outline(), shapes, key, w, h);
    }
}
