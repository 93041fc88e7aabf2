package org.gridatlas.data.request.service;

/** Who takes a step: the person behind the logged-in account (if any) and the name written into the log. */
public record Actor(Long personId, String name) {
}
