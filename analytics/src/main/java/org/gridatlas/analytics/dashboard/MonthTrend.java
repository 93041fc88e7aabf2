package org.gridatlas.analytics.dashboard;

import java.time.YearMonth;

/** One month of the trend: the area's {@link UnitFigures} with the month as the period. */
public record MonthTrend(YearMonth month, UnitFigures figures) {
}
