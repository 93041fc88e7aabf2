package org.gridatlas.data.request.service;

/** The thing does not exist or lies outside the user's area (row-level security makes the two look the same). */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
