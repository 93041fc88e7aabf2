package org.gridatlas.data.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.gridatlas.data.account.domain.AppUser;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;

class AppUserLockoutTest {

    private static final Instant NOW = Instant.parse("2025-05-20T02:00:00Z");

    private static AppUser user() {
        return new AppUser("u", "U", "{noop}x", UserRole.AGENT, "320481106", "320481106", NOW);
    }

    @Test
    void the_fifth_failure_in_a_row_locks_the_account_for_fifteen_minutes() {
        AppUser u = user();
        for (int i = 1; i < AppUser.MAX_FAILED_ATTEMPTS; i++) {
            assertThat(u.recordFailedLogin(NOW)).isFalse();
        }
        assertThat(u.recordFailedLogin(NOW)).isTrue();
        assertThat(u.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(u.isLockedAt(NOW.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void each_further_failure_doubles_the_lock_and_a_success_clears_it() {
        AppUser u = user();
        for (int i = 0; i < AppUser.MAX_FAILED_ATTEMPTS + 2; i++) {
            u.recordFailedLogin(NOW);
        }
        assertThat(u.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
        u.recordSuccessfulLogin();
        assertThat(u.isLockedAt(NOW)).isFalse();
        assertThat(u.getFailedAttempts()).isZero();
    }

    @Test
    void a_capture_area_outside_the_viewing_area_is_refused() {
        assertThatThrownBy(() -> new AppUser("u", "U", "x", UserRole.AGENT, "320481106", "320481107", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must lie inside");
    }
}
