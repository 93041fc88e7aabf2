package org.gridatlas.data.request.service;

import java.util.List;

/** One page of a request list. */
public record RequestPage(List<RequestSummary> items, int page, int size, long total) {
}
