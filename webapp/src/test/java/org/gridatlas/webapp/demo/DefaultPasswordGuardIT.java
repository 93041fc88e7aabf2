package org.gridatlas.webapp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.demo.DemoProfile;
import org.gridatlas.webapp.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class DefaultPasswordGuardIT extends IntegrationTest {

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void the_demo_creates_one_user_per_role_and_a_production_start_refuses_their_published_passwords() {
        var users = demoUsers.ensure(DemoProfile.LIYANG);
        assertThat(users).extracting(u -> u.role().name())
                .containsExactlyInAnyOrder("ADMIN", "COUNTY_LEADER", "TOWN_SECRETARY", "SUPERVISOR", "AGENT", "SUPERVISOR");
        assertThat(accounts.find("agent").orElseThrow().personId()).isNotNull();
        assertThat(accounts.find("gridsupervisor").orElseThrow().gridAreaIds()).hasSize(1);
        assertThatCode(() -> new DefaultPasswordGuard(accounts, passwords, "liyang").afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new DefaultPasswordGuard(accounts, passwords, "").afterPropertiesSet())
                .hasMessageContaining("refuses to start in production");

        Scopes.runAs(Scope.SYSTEM, () -> {
            for (String[] a : DemoUsers.ACCOUNTS) {
                accounts.setPasswordHash(a[0], passwords.encode("changed-" + a[1]));
            }
        });
        assertThatCode(() -> new DefaultPasswordGuard(accounts, passwords, "").afterPropertiesSet())
                .doesNotThrowAnyException();
    }
}
