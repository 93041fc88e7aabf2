package org.gridatlas.analytics.ogc;

/** One page of features: how many match, how many are on the page, and the GeoJSON features array (built in SQL). */
public record FeaturePage(long numberMatched, int numberReturned, String featuresJson) {
}
