package org.gridatlas.data.request.domain;

/** The resident's rating 评单 ({@code service_request.rating}). */
public enum Rating {
    SATISFIED("满意"),
    BASIC("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
