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

    /** The dashboard's overview (KPIs, units ranked, gaps), computed once per pack. */
    static org.gridatlas.analytics.dashboard.DashboardQueries.Overview overview(PackContext ctx,
            org.gridatlas.analytics.dashboard.DashboardQueries dashboard) {
        return ctx.shared("dash.overview", () -> dashboard.overview(dashboardQuarter(ctx), ctx.areaCode().code()));
    }

    /**
     * The unit of the pack's per-unit tables a division belongs to: its town for a county pack, its village for a
     * town pack; a division above that level (a town agent in a town pack) is the area itself.
     */
    static String unitOf(PackContext ctx, String divisionCode) {
        int len = ctx.areaCode().code().length() == 6 ? 9 : 12;
        return divisionCode.length() < len ? ctx.areaCode().code() : divisionCode.substring(0, len);
    }

    /** Unit names: the area itself and its towns or villages (from the overview's ranked units). */
    static java.util.Map<String, String> unitNames(PackContext ctx,
            org.gridatlas.analytics.dashboard.DashboardQueries dashboard) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        names.put(ctx.areaCode().code(), ctx.area().name() + "（本级）");
        overview(ctx, dashboard).ranked().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }

    /** "93.5%" from a numerator and denominator, "—" when the denominator is 0. */
    static String percent(long num, long den) {
        return den == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * num / den);
    }

    static String perThousand(long requests, long households) {
        return households == 0 ? "—" : String.format(Locale.ROOT, "%.2f", 1000.0 * requests / households);
    }
}
