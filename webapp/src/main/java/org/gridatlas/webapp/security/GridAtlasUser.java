package org.gridatlas.webapp.security;

import java.util.Collection;
import java.util.List;

import org.gridatlas.data.account.service.Account;
import org.gridatlas.data.base.scope.Scope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user: an account and the scope (role, viewing area, capture area) that every query runs in. */
public final class GridAtlasUser implements UserDetails {

    private final Account account;
    private final boolean locked;

    GridAtlasUser(Account account, boolean locked) {
        this.account = account;
        this.locked = locked;
    }

    public Scope scope() {
        return new Scope(account.username(), account.role().name(), account.viewArea(), account.captureArea(),
                account.scopeAgentId(), account.gridAreaIds());
    }

    public Account account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
