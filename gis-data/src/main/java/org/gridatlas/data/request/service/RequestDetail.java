package org.gridatlas.data.request.service;

import java.util.List;

import org.gridatlas.data.request.domain.Rating;
import org.gridatlas.data.request.domain.RequestStepKind;

/** A request with its description, place, timeline and the steps allowed next. */
public record RequestDetail(RequestSummary summary, String description, Rating rating, String address, Double lon,
                            Double lat, List<StepRecord> steps, List<RequestStepKind> allowedNext) {
}
