package org.gridatlas.data.assignment.service;

/** A subject's current link as read now: what a later change must pass back as "seen". */
public record CurrentLink(long subjectId, long linkId, long targetId) {
}
