package org.gridatlas.data.assignment.service;

import java.util.List;

/**
 * Refuses a change because another user changed some of the same links since the caller read them. Names the
 * subjects by code (household or liaison codes, never personal names); nothing was written.
 */
public class AssignmentConflictException extends RuntimeException {

    private final List<String> codes;

    public AssignmentConflictException(String what, List<String> codes) {
        super("conflict: the assignment of " + codes.size() + " " + what + " changed since you loaded it ("
                + String.join(", ", codes.subList(0, Math.min(20, codes.size())))
                + (codes.size() > 20 ? ", …" : "") + "); nothing was saved, reload and try again");
        this.codes = List.copyOf(codes);
    }

    public List<String> codes() {
        return codes;
    }
}
