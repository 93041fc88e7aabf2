package org.gridatlas.data.dispute.domain;

/** Where a dispute stands ({@code dispute.status}). */
public enum DisputeStatus {
    OPEN("待调解"),
    MEDIATING("调解中"),
    ESCALATED("已上报"),
    CLOSED("已结案");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
