package org.gridatlas.analytics.review.pack;

import java.util.List;
import java.util.Locale;

import org.gridatlas.analytics.review.RateUnit;
import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.analytics.review.UnitRates;

/** Data several sections print, computed once per pack, and the number formats of the pack. */
final class PackData {

    private PackData() {
    }

    static List<UnitRates> villages(PackContext ctx, ReviewQueries queries) {
        return ctx.shared("rates.village",
                () -> queries.rates(ctx.areaCode(), ctx.quarter().period(), RateUnit.VILLAGE));
    }

    /** The pack's quarter as the dashboard's quarter type (same bounds: Asia/Shanghai, half-open). */
    static org.gridatlas.analytics.dashboard.Quarter dashboardQuarter(PackContext ctx) {
        return new org.gridatlas.analytics.dashboard.Quarter(ctx.quarter().year(), ctx.quarter().quarter());
    }

    /** "93.5%" from a numerator and denominator, "—" when the denominator is 0. */
    static String percent(long num, long den) {
        return den == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * num / den);
    }

    static String perThousand(long requests, long households) {
        return households == 0 ? "—" : String.format(Locale.ROOT, "%.2f", 1000.0 * requests / households);
    }
}
