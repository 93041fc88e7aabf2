package org.gridatlas.webapp.security;

import java.time.Clock;

import org.gridatlas.data.account.service.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users from {@code app_user}; a locked account (too many failed logins) is refused until the lock expires. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> new GridAtlasUser(a, a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
