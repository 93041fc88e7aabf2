package org.gridatlas.data.request.service;

import static org.gridatlas.data.request.domain.RequestStepKind.ACCEPT;
import static org.gridatlas.data.request.domain.RequestStepKind.ARCHIVE;
import static org.gridatlas.data.request.domain.RequestStepKind.ESCALATE;
import static org.gridatlas.data.request.domain.RequestStepKind.HANDLE;
import static org.gridatlas.data.request.domain.RequestStepKind.INFORM;
import static org.gridatlas.data.request.domain.RequestStepKind.RATE;
import static org.gridatlas.data.request.domain.RequestStepKind.REPLY;
import static org.gridatlas.data.request.domain.RequestStepKind.RETURN;
import static org.gridatlas.data.request.domain.RequestStepKind.VERIFY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStepKind;

/**
 * The closed loop 受理 → 核实 / 告知 / 上报 → 代办 → 反馈 → 评价 → 建档, with 退回 possible until handling starts.
 * One table of legal next steps per status; everything else is refused with a message naming what is allowed.
 */
public final class RequestStateMachine {

    private static final Map<RequestStatus, List<RequestStepKind>> NEXT = new EnumMap<>(RequestStatus.class);

    static {
        NEXT.put(RequestStatus.SUBMITTED, List.of(ACCEPT, RETURN));
        NEXT.put(RequestStatus.ACCEPTED, List.of(VERIFY, INFORM, ESCALATE, HANDLE, RETURN));
        NEXT.put(RequestStatus.VERIFIED, List.of(INFORM, ESCALATE, HANDLE, RETURN));
        NEXT.put(RequestStatus.INFORMED, List.of(VERIFY, ESCALATE, HANDLE, RETURN));
        NEXT.put(RequestStatus.ESCALATED, List.of(HANDLE, REPLY));
        NEXT.put(RequestStatus.HANDLING, List.of(REPLY));
        NEXT.put(RequestStatus.REPLIED, List.of(RATE));
        NEXT.put(RequestStatus.RATED, List.of(ARCHIVE));
        NEXT.put(RequestStatus.ARCHIVED, List.of());
        NEXT.put(RequestStatus.RETURNED, List.of());
    }

    private RequestStateMachine() {
    }

    /** The steps allowed from {@code status}, in the order of the loop. */
    public static List<RequestStepKind> allowedNext(RequestStatus status) {
        return NEXT.get(status);
    }

    public static boolean isAllowed(RequestStatus status, RequestStepKind step) {
        return NEXT.get(status).contains(step);
    }

    /** The status after {@code step}, or an {@link IllegalTransitionException} naming the allowed steps. */
    public static RequestStatus next(RequestStatus status, RequestStepKind step) {
        if (!isAllowed(status, step)) {
            throw new IllegalTransitionException(status, step, refusal(status));
        }
        return step.resultingStatus();
    }

    /** E.g. 当前状态「已受理」之后只能：核实、告知、上报、代办、退回. */
    public static String refusal(RequestStatus status) {
        List<RequestStepKind> next = NEXT.get(status);
        if (next.isEmpty()) {
            return "当前状态「" + status.label() + "」已办结，不能再办理任何环节";
        }
        return "当前状态「" + status.label() + "」之后只能："
                + next.stream().map(RequestStepKind::label).collect(Collectors.joining("、"));
    }
}
