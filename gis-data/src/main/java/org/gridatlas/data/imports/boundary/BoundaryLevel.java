package org.gridatlas.data.imports.boundary;

/**
 * The boundary layers that can be imported, each with the field naming its parent: a town's county, a village's
 * town, a grid area's village, a group's grid area. Field names are the export's (code, name, parent / village /
 * grid_code), so an exported file imports as it is.
 */
public enum BoundaryLevel {
    TOWN("towns", "parent", 9),
    VILLAGE("villages", "parent", 12),
    GRID_AREA("grid-areas", "village", 16),
    GROUP("groups", "grid_code", 20);

    private final String id;
    private final String parentField;
    private final int maxCodeLength;

    BoundaryLevel(String id, String parentField, int maxCodeLength) {
        this.id = id;
        this.parentField = parentField;
        this.maxCodeLength = maxCodeLength;
    }

    public String id() {
        return id;
    }

    public String parentField() {
        return parentField;
    }

    public int maxCodeLength() {
        return maxCodeLength;
    }

    public static BoundaryLevel byId(String id) {
        for (BoundaryLevel l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("level: unknown boundary level «" + id + "»; known: towns, villages, grid-areas, groups");
    }
}
