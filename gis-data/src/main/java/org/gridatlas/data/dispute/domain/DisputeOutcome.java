package org.gridatlas.data.dispute.domain;

/** How mediation ended ({@code dispute.outcome}): 调解成功, or 未成功 (then escalated). */
public enum DisputeOutcome {
    RESOLVED("调解成功"),
    UNRESOLVED("调解未成功");

    private final String label;

    DisputeOutcome(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
