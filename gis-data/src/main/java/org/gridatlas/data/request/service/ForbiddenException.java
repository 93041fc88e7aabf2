package org.gridatlas.data.request.service;

/** The user may not do this at all (403), whatever the input: e.g. an agent recording a visit as someone else. */
public class ForbiddenException extends RuntimeException {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
