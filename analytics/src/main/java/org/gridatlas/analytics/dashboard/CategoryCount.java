package org.gridatlas.analytics.dashboard;

/** Requests created in the quarter in one category of the catalogue. */
public record CategoryCount(String category, long requests) {
}
