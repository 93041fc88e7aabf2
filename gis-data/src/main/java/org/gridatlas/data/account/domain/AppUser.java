package org.gridatlas.data.account.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user account: a role bound to a viewing area and a capture area (division-code prefixes); an AGENT is bound to
 * their agent record ({@code person_id}) and sees only their own households and items; a SUPERVISOR may be limited
 * to grid areas inside the viewing area ({@code grid_area_ids}).
 */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    /** Failed logins in a row before the account locks. */
    public static final int MAX_FAILED_ATTEMPTS = 5;

    @Column(name = "username", length = 64, nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", length = 64, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16, nullable = false)
    private UserRole role;

    @Column(name = "view_area", length = 12, nullable = false)
    private String viewArea;

    @Column(name = "capture_area", length = 12, nullable = false)
    private String captureArea;

    @Column(name = "person_id")
    private Long personId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "grid_area_ids", columnDefinition = "bigint[]")
    private Long[] gridAreaIds;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "api_token_hash", length = 100, unique = true)
    private String apiTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, UserRole role, String viewArea,
                   String captureArea, Instant createdAt) {
        if (!captureArea.startsWith(viewArea)) {
            throw new IllegalArgumentException("capture area " + captureArea + " must lie inside view area " + viewArea);
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.viewArea = viewArea;
        this.captureArea = captureArea;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public UserRole getRole() {
        return role;
    }

    public String getViewArea() {
        return viewArea;
    }

    public String getCaptureArea() {
        return captureArea;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    /** The grid areas a supervisor is limited to (empty = the whole viewing area). */
    public List<Long> getGridAreaIds() {
        return gridAreaIds == null ? List.of() : List.of(gridAreaIds);
    }

    public void setGridAreaIds(List<Long> ids) {
        this.gridAreaIds = ids == null || ids.isEmpty() ? null : ids.stream().distinct().sorted().toArray(Long[]::new);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void setApiTokenHash(String apiTokenHash) {
        this.apiTokenHash = apiTokenHash;
    }

    /**
     * Counts a failed login; from {@link #MAX_FAILED_ATTEMPTS} on, locks the account with a back-off that doubles
     * with every further failure (15 min, 30 min, 1 h, … capped at 24 h). Returns true when this failure locked it.
     */
    public boolean recordFailedLogin(Instant now) {
        failedAttempts++;
        if (failedAttempts < MAX_FAILED_ATTEMPTS) {
            return false;
        }
        long minutes = Math.min(24 * 60, 15L << Math.min(10, failedAttempts - MAX_FAILED_ATTEMPTS));
        lockedUntil = now.plusSeconds(minutes * 60);
        return true;
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}
