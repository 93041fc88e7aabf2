package org.gridatlas.data.base.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.Account;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void an_area_scope_is_not_narrowed_and_sets_empty_agent_and_grid_settings() {
        Scope s = new Scope("sec", "TOWN_SECRETARY", "320481106", "320481106");
        assertThat(s.isNarrowed()).isFalse();
        assertThat(s.agentSetting()).isEmpty();
        assertThat(s.gridAreasSetting()).isEmpty();
        assertThat(s.rowsKey()).isEqualTo("320481106");
    }

    @Test
    void agent_and_grid_areas_become_settings_and_part_of_the_rows_key() {
        Scope agent = new Scope("a", "AGENT", "320481106001", "320481106001", 14242L, null);
        Scope grid = new Scope("g", "SUPERVISOR", "320481106001", "320481106001", null, List.of(15L, 3L));
        assertThat(agent.isNarrowed()).isTrue();
        assertThat(agent.agentSetting()).isEqualTo("14242");
        assertThat(grid.gridAreasSetting()).isEqualTo("{15,3}");
        assertThat(agent.rowsKey()).isNotEqualTo(grid.rowsKey()).isNotEqualTo("320481106001");
        assertThat(new Scope("b", "AGENT", "320481106001", "320481106001", 14243L, null).rowsKey())
                .isNotEqualTo(agent.rowsKey());
    }

    @Test
    void an_agent_account_without_an_agent_record_is_narrowed_to_nothing_and_other_roles_not_at_all() {
        Account unbound = account(UserRole.AGENT, null);
        assertThat(unbound.scopeAgentId()).isEqualTo(Scope.NO_AGENT);
        assertThat(account(UserRole.AGENT, 7L).scopeAgentId()).isEqualTo(7L);
        assertThat(account(UserRole.SUPERVISOR, 7L).scopeAgentId()).isNull();
    }

    private static Account account(UserRole role, Long person) {
        return new Account(1, "u", "U", "x", role, "3204", "3204", true, Instant.EPOCH, person, null);
    }
}
