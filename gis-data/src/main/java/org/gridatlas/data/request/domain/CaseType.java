package org.gridatlas.data.request.domain;

/** Case type of a request ({@code service_request.case_type}), set when it is accepted. */
public enum CaseType {
    IMMEDIATE("即办件"),
    COMMITTED("承办件"),
    JOINT("联办件"),
    ESCALATED("上报件"),
    RETURNED("退回件");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    /** The word users see. */
    public String label() {
        return label;
    }
}
