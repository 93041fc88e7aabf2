package org.gridatlas.webapp.review;

import java.util.List;
import java.util.Locale;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewLayer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review downloads: any review map as PNG (legend, north arrow, scale bar) and archived packs as PDF. Scoped like
 * everything else: a foreign area has no items, a foreign pack answers 404.
 */
@RestController
@RequestMapping("/api/v1/review")
class ReviewController {

    private final ReviewScreen screen;

    ReviewController(ReviewScreen screen) {
        this.screen = screen;
    }

    /**
     * The map on screen as PNG: {@code mode=single} (or one {@code month=2025-01} of the quarter's playback, legend
     * locked over its three months), {@code mode=compare} (all four quarters as small multiples under their one
     * legend; {@code index=0..3} for one of them), {@code mode=change}.
     */
    @GetMapping(value = "/map.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@RequestParam String area, @RequestParam String quarter,
            @RequestParam(defaultValue = "single") String mode, @RequestParam(required = false) String style,
            @RequestParam(required = false) String metric, @RequestParam(required = false) Double size,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String method,
            @RequestParam(required = false) Integer classes, @RequestParam(required = false) Integer index,
            @RequestParam(required = false) String month) {
        AreaCode a = AreaCode.of(area);
        Quarter q = Quarter.parse(quarter);
        MapStyle s = ReviewParams.style(style, metric, size, unit, method, classes);
        ReviewScreen.Mode m = ReviewParams.choice("mode", mode, ReviewScreen.Mode.class);
        String title = screen.area(a).name() + " " + ReviewParams.label(s);
        String file = "review-" + area + "-" + (month == null ? quarter : month) + "-" + m.name().toLowerCase(Locale.ROOT)
                + (index == null ? "" : "-" + index) + ".png";
        byte[] png;
        if (month != null) {
            List<ReviewLayer> months = screen.months(a, q, s);
            ReviewLayer layer = months.stream().filter(l -> l.period().equals(month)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("month must be one of " + months.stream()
                            .map(ReviewLayer::period).toList() + " (the months of " + q + "), got: "
                            + month.replaceAll("[^\\p{L}\\p{N}-]", "?")));
            png = screen.png(a, layer, title);
        } else {
            List<ReviewLayer> layers = screen.layers(a, q, q.period(), s, m);
            if (index == null && layers.size() > 1) {
                png = screen.multiplesPng(a, layers, title);
            } else {
                int i = index == null ? 0 : index;
                if (i < 0 || i >= layers.size()) {
                    throw new IllegalArgumentException("index must be 0 to " + (layers.size() - 1) + ", got " + i);
                }
                png = screen.png(a, layers.get(i), title);
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.IMAGE_PNG)
                .body(png);
    }

    @GetMapping(value = "/packs/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return screen.pdf(id)
                .map(b -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review-pack-" + id + ".pdf\"")
                        .contentType(MediaType.APPLICATION_PDF).body(b))
                .orElse(ResponseEntity.notFound().build());
    }
}
