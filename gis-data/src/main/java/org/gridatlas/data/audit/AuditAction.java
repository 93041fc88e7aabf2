package org.gridatlas.data.audit;

/** What the audit log records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, LOGOUT, REVEAL, EXPORT, IMPORT, ASSIGNMENT_CHANGED, REQUEST_TRANSITION,
    USER_CREATED, ACCOUNT_UNLOCKED, ACCESS_DENIED
}
