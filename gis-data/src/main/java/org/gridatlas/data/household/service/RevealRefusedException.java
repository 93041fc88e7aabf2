package org.gridatlas.data.household.service;

/** A reveal of personal data that the user's role or the missing reason does not allow. */
public class RevealRefusedException extends RuntimeException {
    public RevealRefusedException(String message) {
        super(message);
    }
}
