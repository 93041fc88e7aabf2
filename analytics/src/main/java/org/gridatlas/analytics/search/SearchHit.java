package org.gridatlas.analytics.search;

/** One search result: a division or a household, with where to fly to. No personal data. */
public record SearchHit(String kind, String code, String label, Double lon, Double lat) {
}
