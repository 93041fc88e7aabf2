package org.gridatlas.data.request.service;

/** One problem with one input field, shown next to the field or returned as {@code {"field":…,"message":…}}. */
public record FieldProblem(String field, String message) {
}
