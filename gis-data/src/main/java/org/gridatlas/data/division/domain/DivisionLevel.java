package org.gridatlas.data.division.domain;

/** Level of an administrative division ({@code division.level}). */
public enum DivisionLevel {
    COUNTY("县(市、区)"),
    TOWN("镇(街道)"),
    VILLAGE("村(社区)");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
