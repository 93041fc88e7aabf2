package org.gridatlas.data.people.domain;

/** The level a person serves at ({@code person.level}): town, village or group agent. */
public enum PersonLevel {
    TOWN("镇"),
    VILLAGE("村"),
    GROUP("组");

    private final String label;

    PersonLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
