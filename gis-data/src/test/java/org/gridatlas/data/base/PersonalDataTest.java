package org.gridatlas.data.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void names_keep_the_surname_and_the_last_character() {
        assertThat(PersonalData.maskName("张小明")).isEqualTo("张*明");
        assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳小明")).isEqualTo("欧**明");
        assertThat(PersonalData.maskName("王")).isEqualTo("*");
        assertThat(PersonalData.maskName(null)).isEmpty();
    }

    @Test
    void id_numbers_keep_the_region_and_the_last_four() {
        assertThat(PersonalData.maskIdNumber("320481199001011234")).isEqualTo("320481********1234");
        assertThat(PersonalData.maskIdNumber("12345")).isEqualTo("*****");
    }

    @Test
    void phones_keep_the_first_three_and_the_last_four_digits() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("")).isEmpty();
    }
}
