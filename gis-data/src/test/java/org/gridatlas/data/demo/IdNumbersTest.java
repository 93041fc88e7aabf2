package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    @Test
    void a_published_example_number_passes_the_gb_11643_check() {
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
    }

    @Test
    void generated_numbers_have_18_characters_and_a_valid_check_digit() {
        for (int seq = 0; seq < 1000; seq++) {
            String id = IdNumbers.of("320481", LocalDate.of(1950, 1, 1).plusDays(seq * 17L), seq);
            assertThat(id).hasSize(18).startsWith("320481");
            assertThat(IdNumbers.isValid(id)).isTrue();
        }
    }
}
