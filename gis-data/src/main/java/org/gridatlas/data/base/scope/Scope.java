package org.gridatlas.data.base.scope;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the current user may see and change: a role and two division-code prefixes (the viewing area and the
 * capture area, kept apart as in DHIS2), optionally narrowed further to an agent's own households and items
 * ({@code agentId}, the agent's person id; {@link #NO_AGENT} for an agent bound to no agent record) or to a list of
 * grid areas ({@code gridAreaIds}, empty = the whole area). The database enforces all of it with row-level security;
 * see {@link ScopedDataSource} and migrations V004, V005, V070.
 */
public record Scope(String username, String role, String viewArea, String captureArea, Long agentId,
                    List<Long> gridAreaIds) {

    /** The agent id of an AGENT user bound to no agent record: owns no household, so sees none. */
    public static final long NO_AGENT = 0L;

    /** Unrestricted: only for system tasks (migrations, demo load, imports run by an administrator's job). */
    public static final Scope SYSTEM = new Scope("system", "SYSTEM", "*", "*");
    /**
     * Roles that view field data (visits, requests, disputes) but record none: the county leader is read-only, the
     * administrator manages users, settings and the audit log. The one place this rule lives.
     */
    public static final Set<String> VIEW_ONLY_ROLES = Set.of("COUNTY_LEADER", "ADMIN");
    /** No user: sees nothing. */
    public static final Scope NOBODY = new Scope("anonymous", "NONE", "-", "-");

    public Scope {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(viewArea);
        Objects.requireNonNull(captureArea);
        gridAreaIds = gridAreaIds == null ? List.of() : List.copyOf(gridAreaIds);
    }

    /** A scope over whole areas, without agent or grid-area narrowing. */
    public Scope(String username, String role, String viewArea, String captureArea) {
        this(username, role, viewArea, captureArea, null, List.of());
    }

    /** True when the scope is narrowed to an agent's own items or to grid areas (beyond the division prefix). */
    public boolean isNarrowed() {
        return agentId != null || !gridAreaIds.isEmpty();
    }

    /** The setting {@code gridatlas.agent_id}: the agent's person id, or empty for no narrowing. */
    public String agentSetting() {
        return agentId == null ? "" : agentId.toString();
    }

    /** The setting {@code gridatlas.grid_areas}: a PostgreSQL array literal of grid-area ids, or empty. */
    public String gridAreasSetting() {
        return gridAreaIds.isEmpty() ? ""
                : gridAreaIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Everything that decides which rows the database shows this scope, as one string (for cache keys and ETags:
     * two users with the same key see the same rows).
     */
    public String rowsKey() {
        return viewArea + (agentId == null ? "" : "/agent:" + agentId)
                + (gridAreaIds.isEmpty() ? "" : "/grid:" + gridAreasSetting());
    }

    public boolean isSystem() {
        return "*".equals(viewArea);
    }

    /** True when a division code lies inside the viewing area. */
    public boolean canView(String code) {
        return isSystem() || (code != null && code.startsWith(viewArea) && !viewArea.equals("-"));
    }

    /** True when the role records field data at all (inside its capture area): not {@link #VIEW_ONLY_ROLES}. */
    public boolean recordsFieldData() {
        return !VIEW_ONLY_ROLES.contains(role);
    }

    /** Refuses a visit, request or dispute write by a view-only role, before anything is read or written. */
    public void requireFieldDataRole() {
        if (!recordsFieldData()) {
            throw new FieldDataRefusedException(role);
        }
    }

    /** True when a division code lies inside the capture area. */
    public boolean canCapture(String code) {
        return "*".equals(captureArea) || (code != null && code.startsWith(captureArea) && !captureArea.equals("-"));
    }
}
