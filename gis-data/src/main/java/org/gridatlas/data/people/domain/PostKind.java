package org.gridatlas.data.people.domain;

/** Service post on the ladder 党员代办窗口 (town) → 代办站 (village) → 代办点 (grid point). */
public enum PostKind {
    TOWN_WINDOW("代办窗口"),
    VILLAGE_STATION("代办站"),
    GRID_POINT("代办点");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
