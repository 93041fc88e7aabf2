package org.gridatlas.data.dispute.domain;

/**
 * The level handling a dispute ({@code dispute.level}, {@code dispute_escalation.from_level/to_level}):
 * 小纠纷不出组, 一般纠纷不出点, 大纠纷不出村, 矛盾不上交. Declared from lowest to highest.
 */
public enum DisputeLevel {
    GROUP("组"),
    POINT("点"),
    VILLAGE("村"),
    TOWN("镇");

    private final String label;

    DisputeLevel(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }

    /** True when {@code other} is a higher level than this one. */
    public boolean isBelow(DisputeLevel other) {
        return compareTo(other) < 0;
    }
}
