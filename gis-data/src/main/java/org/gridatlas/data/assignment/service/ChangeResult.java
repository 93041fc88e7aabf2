package org.gridatlas.data.assignment.service;

/** What a change wrote: links closed and opened (unchanged subjects are skipped). */
public record ChangeResult(int closed, int opened, int unchanged) {
}
