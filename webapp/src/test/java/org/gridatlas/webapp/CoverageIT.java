package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.fieldwork.Coverage;
import org.gridatlas.analytics.fieldwork.CoverageLevel;
import org.gridatlas.analytics.fieldwork.CoverageQuery;
import org.gridatlas.analytics.fieldwork.SettledShareQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visit coverage on the Liyang demo, checked against an independent SQL over the raw tables (no ranges, no
 * grouping sets: per household, "was any assignment chain valid at a common moment of the period" and "was it
 * visited in the period").
 */
class CoverageIT extends IntegrationTest {

    private static final Instant FROM = Instant.parse("2025-04-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-05-01T00:00:00Z");
    private static final String INDEPENDENT = """
            SELECT count(*) AS assigned,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id
                                                  AND v.visited_at >= ? AND v.visited_at < ?)) AS visited
            FROM household h
            WHERE h.village_code LIKE ?
              AND EXISTS (SELECT 1 FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                          WHERE ll.household_id = h.id
                            AND greatest(ll.valid_from, al.valid_from, ?::timestamptz)
                                < least(coalesce(ll.valid_to, 'infinity'), coalesce(al.valid_to, 'infinity'), ?::timestamptz)
                            AND (? = 0 OR al.agent_id = ?))
            """;

    @Autowired
    TestUsers users;

    @Autowired
    CoverageQuery coverage;

    @Autowired
    SettledShareQuery settled;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;


    @Test
    void a_villages_and_an_agents_coverage_equal_an_independent_count_over_the_raw_tables() {
        users.all();
        String town = TestUsers.OWN_TOWN;
        List<Coverage> all = users.asSystem(() -> coverage.coverage(AreaCode.of(town), FROM, TO));
        Coverage village = all.stream().filter(c -> c.level() == CoverageLevel.VILLAGE).findFirst().orElseThrow();
        Map<String, Object> expected = independent(village.key(), 0);
        assertThat(village.assigned()).isEqualTo(((Number) expected.get("assigned")).longValue()).isPositive();
        assertThat(village.visited()).isEqualTo(((Number) expected.get("visited")).longValue());

        Coverage agent = all.stream().filter(c -> c.level() == CoverageLevel.AGENT).findFirst().orElseThrow();
        Map<String, Object> byAgent = independent(town, Long.parseLong(agent.key()));
        assertThat(agent.assigned()).isEqualTo(((Number) byAgent.get("assigned")).longValue());
        assertThat(agent.visited()).isEqualTo(((Number) byAgent.get("visited")).longValue());

        Coverage townRow = all.stream().filter(c -> c.level() == CoverageLevel.TOWN).findFirst().orElseThrow();
        assertThat(townRow.key()).isEqualTo(town);
        assertThat(townRow.rate()).isBetween(0.0, 1.0);
        long villagesAssigned = all.stream().filter(c -> c.level() == CoverageLevel.VILLAGE).mapToLong(Coverage::assigned).sum();
        assertThat(villagesAssigned).isEqualTo(townRow.assigned());
    }

    @Test
    void a_kept_coverage_answer_is_recomputed_after_a_visit_and_is_not_shared_with_a_narrower_scope() {
        users.all();
        AreaCode village = AreaCode.of(users.byRole(org.gridatlas.data.account.domain.UserRole.AGENT).area());
        users.asSystem(() -> transactions.execute(status -> {
            status.setRollbackOnly();
            Coverage before = villageRow(coverage.coverage(village, FROM, TO));
            assertThat(villageRow(coverage.coverage(village, FROM, TO))).as("asked twice").isEqualTo(before);
            Long unvisited = users.jdbc().queryForObject("""
                    SELECT h.id FROM household h
                    WHERE h.village_code = ? AND h.agent_id IS NOT NULL AND h.location IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.household_id = h.id AND v.visited_at >= ? AND v.visited_at < ?)
                    ORDER BY h.id LIMIT 1""", Long.class, village.code(), Timestamp.from(FROM), Timestamp.from(TO));
            assertThat(unvisited).as("an assigned household left unvisited in April").isNotNull();
            users.jdbc().update("""
                    INSERT INTO visit (county_code, village_code, agent_id, household_id, visited_at, location)
                    SELECT county_code, village_code, agent_id, id, '2025-04-15T10:00+08', location FROM household WHERE id = ?""",
                    unvisited);
            assertThat(villageRow(coverage.coverage(village, FROM, TO)).visited()).isEqualTo(before.visited() + 1);
            return null;
        }));
        TestUsers.TestUser agent = users.byRole(org.gridatlas.data.account.domain.UserRole.AGENT);
        var agentScope = new org.gridatlas.data.base.scope.Scope(agent.username(), "AGENT", agent.area(), agent.area(),
                agent.agentId(), List.of());
        long villageWide = users.asSystem(() -> villageRow(coverage.coverage(village, FROM, TO)).assigned());
        long own = org.gridatlas.data.base.scope.Scopes.runAs(agentScope,
                () -> villageRow(coverage.coverage(village, FROM, TO)).assigned());
        assertThat(own).as("the agent's own households only").isPositive().isLessThan(villageWide);
    }

    private static Coverage villageRow(List<Coverage> rows) {
        return rows.stream().filter(c -> c.level() == CoverageLevel.VILLAGE).findFirst().orElseThrow();
    }

    @Test
    void the_share_of_disputes_settled_below_the_town_is_a_share_of_those_closed() {
        users.all();
        var share = users.asSystem(() -> settled.share(AreaCode.of("320481"), Instant.parse("2024-01-01T00:00:00Z"), TO));
        Long closed = users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM dispute WHERE status = 'CLOSED'"
                + " AND village_code LIKE '320481%' AND closed_at >= '2024-01-01' AND closed_at < ?", Long.class,
                Timestamp.from(TO)));
        assertThat(share.closed()).isEqualTo(closed);
        assertThat(share.settledBelowTown()).isBetween(0L, share.closed());
    }

    private Map<String, Object> independent(String area, long agentId) {
        return users.asSystem(() -> users.jdbc().queryForMap(INDEPENDENT, Timestamp.from(FROM), Timestamp.from(TO),
                area + "%", Timestamp.from(FROM), Timestamp.from(TO), agentId, agentId));
    }
}
