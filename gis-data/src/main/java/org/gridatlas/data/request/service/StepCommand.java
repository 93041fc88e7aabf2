package org.gridatlas.data.request.service;

import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Rating;
import org.gridatlas.data.request.domain.RequestStepKind;

/**
 * One step on a request. {@code caseType} is required for 受理 (ACCEPT), {@code rating} for 评价 (RATE), a note
 * (the reason) for 退回 (RETURN); {@code agentId} optionally dispatches to another agent at 受理; {@code expectedVersion}
 * (optional) refuses the step when someone changed the request meanwhile.
 */
public record StepCommand(RequestStepKind step, CaseType caseType, Long agentId, Rating rating, String note,
                          Integer expectedVersion) {

    public static StepCommand of(RequestStepKind step, String note) {
        return new StepCommand(step, null, null, null, note, null);
    }

    public static StepCommand accept(CaseType caseType, String note) {
        return new StepCommand(RequestStepKind.ACCEPT, caseType, null, null, note, null);
    }

    public static StepCommand rate(Rating rating, String note) {
        return new StepCommand(RequestStepKind.RATE, null, null, rating, note, null);
    }
}
