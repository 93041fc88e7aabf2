package org.gridatlas.data.request.domain;

/** How a request reached us ({@code service_request.channel}). */
public enum Channel {
    VISIT("走访"),
    STATION("代办站"),
    HOTLINE("热线"),
    ONLINE("网上");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
