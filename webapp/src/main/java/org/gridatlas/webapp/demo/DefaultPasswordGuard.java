package org.gridatlas.webapp.demo;

import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** A production start (no demo profile) refuses to run while a demo account still has its published password. */
@Component
class DefaultPasswordGuard implements InitializingBean {

    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final String demoProfile;

    DefaultPasswordGuard(AccountService accounts, PasswordEncoder passwords,
                         @Value("${gridatlas.demo.profile:}") String demoProfile) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.demoProfile = demoProfile;
    }

    @Override
    public void afterPropertiesSet() {
        if (!demoProfile.isBlank()) {
            return;
        }
        Scopes.runAs(Scope.SYSTEM, () -> {
            for (String[] a : DemoUsers.ACCOUNTS) {
                accounts.find(a[0]).filter(acc -> passwords.matches(a[1], acc.passwordHash())).ifPresent(acc -> {
                    throw new IllegalStateException("GridAtlas refuses to start in production: the demo account '" + a[0]
                            + "' still has its published default password. Change it (or start with"
                            + " --gridatlas.demo.profile=liyang for a demo).");
                });
            }
        });
    }
}
