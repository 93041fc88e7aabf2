package org.gridatlas.webapp.review;

import java.util.List;

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

    @GetMapping(value = "/map.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@RequestParam String area, @RequestParam String quarter,
            @RequestParam(defaultValue = "single") String mode, @RequestParam(required = false) String style,
            @RequestParam(required = false) String metric, @RequestParam(required = false) Double size,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String method,
            @RequestParam(required = false) Integer classes, @RequestParam(required = false) Integer index) {
        AreaCode a = AreaCode.of(area);
        Quarter q = Quarter.parse(quarter);
        MapStyle s = ReviewParams.style(style, metric, size, unit, method, classes);
        ReviewScreen.Mode m = ReviewParams.choice("mode", mode, ReviewScreen.Mode.class);
        List<ReviewLayer> layers = screen.layers(a, q, q.period(), s, m);
        int i = index == null ? layers.size() - 1 : index;
        if (i < 0 || i >= layers.size()) {
            throw new IllegalArgumentException("index must be 0 to " + (layers.size() - 1) + ", got " + i);
        }
        String title = screen.area(a).name() + " " + ReviewParams.label(s);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review-" + area + "-" + quarter + ".png\"")
                .contentType(MediaType.IMAGE_PNG)
                .body(screen.png(a, layers.get(i), title));
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
