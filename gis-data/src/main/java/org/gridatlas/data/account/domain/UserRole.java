package org.gridatlas.data.account.domain;

/** Roles of GridAtlas users, each bound to an area (the viewing area and the capture area of {@code app_user}). */
public enum UserRole {
    COUNTY_LEADER("县(市)领导"),
    TOWN_SECRETARY("镇(街道)党委书记"),
    SUPERVISOR("网格长"),
    AGENT("代办员"),
    ADMIN("系统管理员");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles that may reveal a household's personal data, with a stated reason, for their own area. */
    public boolean mayRevealPersonalData() {
        return this == TOWN_SECRETARY || this == SUPERVISOR || this == AGENT;
    }
}
