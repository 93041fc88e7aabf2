package org.gridatlas.webapp.summary;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.summary.Summary;
import org.gridatlas.analytics.summary.SummaryQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/summary?area=320481}: counts of the data in view. */
@RestController
class SummaryController {

    private final SummaryQuery summaries;

    SummaryController(SummaryQuery summaries) {
        this.summaries = summaries;
    }

    @GetMapping(path = "/api/v1/summary", produces = "application/json")
    Summary summary(@RequestParam(name = "area", required = false) String area) {
        return summaries.forArea(AreaCode.of(area));
    }
}
