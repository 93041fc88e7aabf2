package org.gridatlas.analytics.review;

import java.time.Instant;

/** An item still open: a request or a dispute, with no personal data. */
public record OpenItem(String kind, String code, String what, String village, Instant openedAt, Instant deadline,
        long daysOpen) {
}
