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

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStepKind;

/**
 * The closed loop 受理 → 核实 / 告知 / 上报 → 代办 → 反馈 → 评价 → 建档, with 退回 possible until handling starts.
 * One table of legal next steps per status; everything else is refused with a message naming what is allowed.
 * <p>
 * 一次性告知 (tell once, {@code shared/DOMAIN.md}): {@link #ONCE_PER_REQUEST} steps may be taken at most once per
 * request, whatever the status. The table's only back edge is 已告知 → 核实 (checking what the resident brought),
 * so with 告知 once the 核实/告知 loop runs at most one round and every path through the loop ends.
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

    /** Steps a request may take only once: 一次性告知. */
    public static final Set<RequestStepKind> ONCE_PER_REQUEST = EnumSet.of(INFORM);

    private RequestStateMachine() {
    }

    /** The steps allowed from {@code status} by the table alone, in the order of the loop. */
    public static List<RequestStepKind> allowedNext(RequestStatus status) {
        return NEXT.get(status);
    }

    /** The steps allowed from {@code status} for a request that has already taken {@code done}. */
    public static List<RequestStepKind> allowedNext(RequestStatus status, Collection<RequestStepKind> done) {
        return NEXT.get(status).stream().filter(s -> !(ONCE_PER_REQUEST.contains(s) && done.contains(s))).toList();
    }

    public static boolean isAllowed(RequestStatus status, RequestStepKind step) {
        return NEXT.get(status).contains(step);
    }

    /** The status after {@code step}, or an {@link IllegalTransitionException} naming the allowed steps. */
    public static RequestStatus next(RequestStatus status, RequestStepKind step) {
        return next(status, step, List.of());
    }

    /**
     * The status after {@code step} for a request that has already taken {@code done}; a second 告知 is refused
     * naming the rule 一次性告知, anything else the table does not allow is refused naming the allowed steps.
     */
    public static RequestStatus next(RequestStatus status, RequestStepKind step, Collection<RequestStepKind> done) {
        if (!isAllowed(status, step)) {
            throw new IllegalTransitionException(status, step, refusal(status, done));
        }
        if (ONCE_PER_REQUEST.contains(step) && done.contains(step)) {
            throw new IllegalTransitionException(status, step, "一次性告知：本诉求已" + step.label()
                    + "过一次，不能再次" + step.label() + "；" + refusal(status, done));
        }
        return step.resultingStatus();
    }

    /** E.g. 当前状态「已受理」之后只能：核实、告知、上报、代办、退回. */
    public static String refusal(RequestStatus status) {
        return refusal(status, List.of());
    }

    private static String refusal(RequestStatus status, Collection<RequestStepKind> done) {
        List<RequestStepKind> next = allowedNext(status, done);
        if (next.isEmpty()) {
            return "当前状态「" + status.label() + "」已办结，不能再办理任何环节";
        }
        return "当前状态「" + status.label() + "」之后只能："
                + next.stream().map(RequestStepKind::label).collect(Collectors.joining("、"));
    }
}
