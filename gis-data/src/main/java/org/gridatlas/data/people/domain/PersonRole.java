package org.gridatlas.data.people.domain;

/** What a person does ({@code person.role}). */
public enum PersonRole {
    /** 代办员 / 网格员: visits households, takes and handles requests. */
    AGENT("代办员"),
    /** 联络员 / 村民代表 / 联户长: links 5-15 households to an agent. */
    LIAISON("联络员"),
    /** 网格长 / 片长 / 代办站站长: assigns agents and dispatches requests. */
    SUPERVISOR("网格长");

    private final String label;

    PersonRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
