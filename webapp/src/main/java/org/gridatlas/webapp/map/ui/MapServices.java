package org.gridatlas.webapp.map.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionQuery;
import org.gridatlas.analytics.quality.DataQuality;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.analytics.quality.DataQualityQuery;
import org.gridatlas.analytics.search.SearchQuery;
import org.gridatlas.analytics.summary.SummaryQuery;
import org.gridatlas.data.household.service.HouseholdService;
import org.springframework.stereotype.Component;

/** The services the map screen reads from, in one injectable bundle. */
@Component
record MapServices(DivisionQuery divisions, SummaryQuery summaries, DataQualityQuery quality, SearchQuery search,
                   HouseholdService households) {

    private static final ExecutorService BACKGROUND = Executors.newVirtualThreadPerTaskExecutor();

    /** Computes the data-quality counts off the request thread, in the given user's scope. */
    void qualityLater(AreaCode area, Scope scope, Consumer<DataQuality> then) {
        CompletableFuture.supplyAsync(() -> Scopes.runAs(scope, () -> quality.forArea(area)), BACKGROUND)
                .thenAccept(then);
    }
}
