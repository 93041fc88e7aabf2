package org.gridatlas.data.request.domain;

/**
 * One step of the closed loop ({@code request_step.step}): 受理 核实 告知 上报 代办 反馈 评价 建档, or 退回.
 * The column has no CHECK constraint; these are the values the demo generator writes.
 */
public enum RequestStepKind {
    ACCEPT("受理", RequestStatus.ACCEPTED),
    VERIFY("核实", RequestStatus.VERIFIED),
    INFORM("告知", RequestStatus.INFORMED),
    ESCALATE("上报", RequestStatus.ESCALATED),
    HANDLE("代办", RequestStatus.HANDLING),
    REPLY("反馈", RequestStatus.REPLIED),
    RATE("评价", RequestStatus.RATED),
    ARCHIVE("建档", RequestStatus.ARCHIVED),
    RETURN("退回", RequestStatus.RETURNED);

    private final String label;
    private final RequestStatus resultingStatus;

    RequestStepKind(String label, RequestStatus resultingStatus) {
        this.label = label;
        this.resultingStatus = resultingStatus;
    }

    /** The word users see. */
    public String label() {
        return label;
    }

    /** The request's status once this step is done. */
    public RequestStatus resultingStatus() {
        return resultingStatus;
    }
}
