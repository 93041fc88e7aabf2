package org.gridatlas.data.request.service;

import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStepKind;

/** A step that the closed loop does not allow from the current status; the message names what is allowed. */
public class IllegalTransitionException extends RuntimeException {

    private final RequestStatus from;
    private final RequestStepKind step;

    IllegalTransitionException(RequestStatus from, RequestStepKind step, String message) {
        super(message);
        this.from = from;
        this.step = step;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStepKind step() {
        return step;
    }
}
