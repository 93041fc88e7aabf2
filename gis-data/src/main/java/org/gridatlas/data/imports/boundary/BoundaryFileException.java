package org.gridatlas.data.imports.boundary;

/** A boundary file that cannot be read at all; the message names the file, and the feature or field when known. */
public class BoundaryFileException extends RuntimeException {

    public BoundaryFileException(String message) {
        super(message);
    }

    public BoundaryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
