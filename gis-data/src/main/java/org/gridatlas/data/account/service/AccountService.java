package org.gridatlas.data.account.service;

import java.time.Clock;
import java.util.Optional;

import org.gridatlas.data.account.domain.AppUser;
import org.gridatlas.data.account.domain.AppUserRepository;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: look-up for authentication, failed-login counting with lockout, creation by administrators and the demo. */
@Service
public class AccountService {

    private final AppUserRepository users;
    private final AuditService audit;
    private final Clock clock;

    AccountService(AppUserRepository users, AuditService audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
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
                u.getViewArea(), u.getCaptureArea(), u.isEnabled(), u.getLockedUntil());
    }
}
