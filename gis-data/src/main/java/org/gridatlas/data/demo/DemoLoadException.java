package org.gridatlas.data.demo;

/** The demo load failed; the transaction was rolled back. */
public final class DemoLoadException extends RuntimeException {

    DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
