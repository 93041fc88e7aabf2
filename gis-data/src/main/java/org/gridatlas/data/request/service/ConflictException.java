package org.gridatlas.data.request.service;

/** Someone else changed the request since it was read (optimistic locking on {@code version}). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
