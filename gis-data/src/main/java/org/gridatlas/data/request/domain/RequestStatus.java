package org.gridatlas.data.request.domain;

/** Where a request stands in the closed loop ({@code service_request.status}). */
public enum RequestStatus {
    SUBMITTED("待受理"),
    ACCEPTED("已受理"),
    VERIFIED("已核实"),
    INFORMED("已告知"),
    ESCALATED("已上报"),
    HANDLING("办理中"),
    REPLIED("已反馈"),
    RATED("已评价"),
    ARCHIVED("已建档"),
    RETURNED("已退回");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
