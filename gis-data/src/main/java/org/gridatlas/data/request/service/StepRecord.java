package org.gridatlas.data.request.service;

import java.time.Instant;

import org.gridatlas.data.request.domain.RequestStepKind;

/** One step of a request's timeline. */
public record StepRecord(RequestStepKind step, String label, String actorName, Instant at, String note) {
}
