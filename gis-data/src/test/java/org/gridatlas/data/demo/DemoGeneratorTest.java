package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static DemoModel dayao;

    @BeforeAll
    static void generateDayao() {
        dayao = generate(DemoProfile.DAYAO, DemoLoader.DEFAULT_SEED);
    }

    static DemoModel generate(DemoProfile profile, long seed) {
        return new DemoGenerator(ProfileSpec.of(profile), seed, Period.of(CLOCK), line -> { }).generate();
    }

    static String digest(DemoModel model, long seed) {
        DigestSink sink = new DigestSink();
        new TableWriter(model, sink, line -> { }).writeAll(seed);
        return sink.hex();
    }

    @Test
    void the_same_seed_and_date_give_identical_data() {
        String first = digest(dayao, DemoLoader.DEFAULT_SEED);
        String again = digest(generate(DemoProfile.DAYAO, DemoLoader.DEFAULT_SEED), DemoLoader.DEFAULT_SEED);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void another_seed_gives_different_data() {
        assertThat(digest(generate(DemoProfile.DAYAO, 7L), 7L)).isNotEqualTo(digest(dayao, DemoLoader.DEFAULT_SEED));
    }

    @Test
    void dayao_has_exactly_the_counts_of_seed_004() {
        assertThat(dayao.divisions.stream().filter(d -> d.level().equals("TOWN")).map(DemoModel.Division::code))
                .containsExactly("430181110");
        assertThat(dayao.divisions.stream().filter(d -> d.level().equals("VILLAGE"))).hasSize(15);
        assertThat(dayao.gridAreas).hasSize(81);
        assertThat(dayao.groups).hasSize(356);
        assertThat(dayao.households).hasSize(24_000);
        assertThat(dayao.people.stream().filter(p -> p.role().equals("LIAISON"))).hasSize(1_756);
    }

    @Test
    void every_dayao_liaison_links_5_to_15_households() {
        Map<Long, Long> perLiaison = dayao.liaisonLinks.stream().filter(l -> l.validTo() == null)
                .collect(Collectors.groupingBy(DemoModel.Link::personId, TreeMap::new, Collectors.counting()));
        assertThat(perLiaison).hasSize(1_756);
        assertThat(perLiaison.values()).allSatisfy(n -> assertThat(n).isBetween(5L, 15L));
        long households = dayao.liaisonLinks.stream().filter(l -> l.validTo() == null).count();
        assertThat(households).isEqualTo(24_000);
    }

    @Test
    void every_grid_area_has_5_to_8_agents() {
        Map<Long, Long> perArea = dayao.people.stream().filter(p -> p.role().equals("AGENT") && p.gridAreaId() != null)
                .collect(Collectors.groupingBy(DemoModel.Person::gridAreaId, TreeMap::new, Collectors.counting()));
        assertThat(perArea).hasSize(81);
        assertThat(perArea.values()).allSatisfy(n -> assertThat(n).isBetween(5L, 8L));
    }

    @Test
    void household_and_staff_id_numbers_carry_the_county_prefix_and_a_valid_checksum() {
        assertThat(dayao.households).allSatisfy(h -> {
            assertThat(h.idNumber()).startsWith("430181");
            assertThat(IdNumbers.isValid(h.idNumber())).isTrue();
            assertThat(h.phone() == null || h.phone().matches("1[3-9]\\d{9}")).isTrue();
        });
        assertThat(dayao.people).allSatisfy(p -> assertThat(IdNumbers.isValid(p.idNumber())).isTrue());
    }

    @Test
    void nearly_all_requests_are_completed() {
        long done = dayao.requests.stream().filter(r -> r.status().equals("ARCHIVED") || r.status().equals("RATED"))
                .count();
        assertThat((double) done / dayao.requests.size()).isBetween(0.97, 0.995);
    }
}
