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
        return MapImage.draw(fonts, area.outline(), shapes(layer), key(layer, title + " · " + layer.period()), w, h);
    }

    /** Layers compared under one locked legend (the first layer's, shared by all) as small multiples. */
    public static BufferedImage multiples(PackFonts fonts, AreaInfo area, List<ReviewLayer> layers, String title, int w,
            int h) {
        String span = layers.getFirst().period() + "–" + layers.getLast().period();
        return MapImage.multiples(fonts, area.outline(), layers.stream().map(ReviewImages::shapes).toList(),
                layers.stream().map(ReviewLayer::period).toList(), key(layers.getFirst(), title + " · " + span), w, h);
    }

    private static List<MapImage.Shape> shapes(ReviewLayer layer) {
        return layer.features().stream()
                .filter(f -> f.metric() != null)
                .map(f -> new MapImage.Shape(f.metric(), f.color())).toList();
    }

    private static MapImage.Key key(ReviewLayer layer, String title) {
        int decimals = layer.legend().bounds().length > 1
                && layer.legend().bounds()[layer.legend().classes()] - layer.legend().bounds()[0] < 10 ? 1 : 0;
        return new MapImage.Key(title, layer.legend().colors(), layer.legend().labels(decimals), layer.notes());
    }
}
