package org.gridatlas.data.account.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gridatlas.data.account.domain.AppUser;
import org.gridatlas.data.account.domain.AppUserRepository;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: look-up for authentication, failed-login counting with lockout, creation by administrators and the demo. */
@Service
public class AccountService {

    /** Names of the scopes without a user (rows the demo loader writes are opened by "system"). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("system", "anonymous");

    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AccountService(AppUserRepository users, AuditService audit, Clock clock, JdbcTemplate jdbc) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A choice for binding a user: a grid area or an agent record (agent names masked). */
    public record Choice(long id, String code, String label) {
    }

    /** Grid areas inside a division-code prefix, for limiting a supervisor. */
    @Transactional(readOnly = true)
    public List<Choice> gridAreasIn(String area) {
        return jdbc.query("SELECT id, code, name FROM grid_area WHERE starts_with(village_code, ?) ORDER BY code",
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)), area);
    }

    /** Active agents inside a division-code prefix, for binding an AGENT user (names masked). */
    @Transactional(readOnly = true)
    public List<Choice> agentsIn(String area) {
        return jdbc.query("SELECT id, code, name FROM person WHERE role = 'AGENT' AND active"
                        + " AND starts_with(division_code, ?) ORDER BY code",
                (rs, i) -> new Choice(rs.getLong(1), rs.getString(2), PersonalData.maskName(rs.getString(3))), area);
    }

    /**
     * Binds a user to an agent record (AGENT users see only that agent's households and items) and limits it to grid
     * areas (supervisors; empty = the whole viewing area). The agent must be an agent inside the user's capture area,
     * the grid areas must lie inside the viewing area; otherwise nothing changes. Audited.
     *
     * @throws IllegalArgumentException naming the problem
     */
    @Transactional
    public Account bind(String username, Long agentPersonId, List<Long> gridAreaIds) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no user " + username));
        List<Long> grids = gridAreaIds == null ? List.of() : gridAreaIds.stream().distinct().sorted().toList();
        if (agentPersonId != null && agentsIn(user.getCaptureArea()).stream().noneMatch(c -> c.id() == agentPersonId)) {
            throw new IllegalArgumentException("agent " + agentPersonId + " is not an active agent inside "
                    + user.getCaptureArea());
        }
        if (!grids.isEmpty() && user.getRole() != UserRole.SUPERVISOR) {
            throw new IllegalArgumentException("only supervisors are limited to grid areas, not " + user.getRole());
        }
        List<Long> inside = gridAreasIn(user.getViewArea()).stream().map(Choice::id).toList();
        List<Long> outside = grids.stream().filter(g -> !inside.contains(g)).toList();
        if (!outside.isEmpty()) {
            throw new IllegalArgumentException("grid areas " + outside + " are not inside " + user.getViewArea());
        }
        user.setPersonId(agentPersonId);
        user.setGridAreaIds(grids);
        audit.record(AuditAction.USER_CHANGED, username,
                "agent=" + (agentPersonId == null ? "-" : agentPersonId) + " grid=" + grids, null);
        return toAccount(user);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return users.findByUsername(username).map(AccountService::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByApiTokenHash(String tokenHash) {
        return users.findByApiTokenHash(tokenHash).map(AccountService::toAccount);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional
    public Account create(String username, String displayName, String passwordHash, UserRole role,
                          String viewArea, String captureArea) {
        if (users.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        if (RESERVED.contains(username)) {
            throw new IllegalArgumentException("user name " + username + " is reserved");
        }
        AppUser user = users.save(new AppUser(username, displayName, passwordHash, role, viewArea, captureArea,
                clock.instant()));
        audit.record(AuditAction.USER_CREATED, username, role.name() + "@" + viewArea, null);
        return toAccount(user);
    }

    @Transactional(readOnly = true)
    public java.util.List<Account> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(AccountService::toAccount).toList();
    }

    /** Lifts a lockout (an administrator's decision, audited). */
    @Transactional
    public void unlock(String username) {
        users.findByUsername(username).ifPresent(u -> {
            u.recordSuccessfulLogin();
            audit.record(AuditAction.ACCOUNT_UNLOCKED, username, null, null);
        });
    }

    @Transactional
    public void setApiTokenHash(String username, String tokenHash) {
        users.findByUsername(username).ifPresent(u -> u.setApiTokenHash(tokenHash));
    }

    @Transactional
    public void setPasswordHash(String username, String passwordHash) {
        users.findByUsername(username).ifPresent(u -> u.setPasswordHash(passwordHash));
    }

    /** Counts a failed login (unknown names are audited too, without creating anything). */
    @Transactional
    public void recordFailedLogin(String username, String clientIp) {
        audit.recordAs(username, AuditAction.LOGIN_FAILED, username, null, clientIp);
        users.findByUsername(username).ifPresent(u -> {
            if (u.recordFailedLogin(clock.instant())) {
                audit.recordAs(username, AuditAction.ACCOUNT_LOCKED, username,
                        "locked until " + u.getLockedUntil(), clientIp);
            }
        });
    }

    @Transactional
    public void recordSuccessfulLogin(String username, String clientIp) {
        users.findByUsername(username).ifPresent(AppUser::recordSuccessfulLogin);
        audit.recordAs(username, AuditAction.LOGIN, username, null, clientIp);
    }

    private static Account toAccount(AppUser u) {
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(), u.getRole(),
                u.getViewArea(), u.getCaptureArea(), u.isEnabled(), u.getLockedUntil(), u.getPersonId(),
                u.getGridAreaIds());
    }
}
