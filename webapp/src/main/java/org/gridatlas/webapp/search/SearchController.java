package org.gridatlas.webapp.search;

import java.util.List;

import org.gridatlas.analytics.search.SearchHit;
import org.gridatlas.analytics.search.SearchQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=…}: divisions by name or code, households by code or address, within the user's area. */
@RestController
class SearchController {

    private final SearchQuery search;

    SearchController(SearchQuery search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    List<SearchHit> search(@RequestParam(name = "q") String q,
                           @RequestParam(name = "limit", defaultValue = "20") int limit) {
        return search.find(q, limit);
    }
}
