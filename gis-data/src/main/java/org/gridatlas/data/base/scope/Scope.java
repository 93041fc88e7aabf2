package org.gridatlas.data.base.scope;

import java.util.Objects;

/**
 * What the current user may see and change: a role and two division-code prefixes (the viewing area and the
 * capture area, kept apart as in DHIS2). The database enforces the areas with row-level security; see
 * {@link ScopedDataSource}.
 */
public record Scope(String username, String role, String viewArea, String captureArea) {

    /** Unrestricted: only for system tasks (migrations, demo load, imports run by an administrator's job). */
    public static final Scope SYSTEM = new Scope("system", "SYSTEM", "*", "*");
    /** No user: sees nothing. */
    public static final Scope NOBODY = new Scope("anonymous", "NONE", "-", "-");

    public Scope {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(viewArea);
        Objects.requireNonNull(captureArea);
    }

    public boolean isSystem() {
        return "*".equals(viewArea);
    }

    /** True when a division code lies inside the viewing area. */
    public boolean canView(String code) {
        return isSystem() || (code != null && code.startsWith(viewArea) && !viewArea.equals("-"));
    }

    /** True when a division code lies inside the capture area. */
    public boolean canCapture(String code) {
        return "*".equals(captureArea) || (code != null && code.startsWith(captureArea) && !captureArea.equals("-"));
    }
}
