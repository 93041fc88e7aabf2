package org.gridatlas.analytics.review.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void the_canonical_json_sorts_keys_round_trips_and_hashes_the_same_whatever_the_insertion_order() {
        Figures a = new Figures().put("summary.requests", 12).put("open.01.code", "R-1 \"甲\"\\").put("map.hex.max", 3);
        Figures b = new Figures().put("map.hex.max", 3).put("open.01.code", "R-1 \"甲\"\\").put("summary.requests", 12);
        assertThat(a.toJson()).isEqualTo("{\"map.hex.max\":\"3\",\"open.01.code\":\"R-1 \\\"甲\\\"\\\\\",\"summary.requests\":\"12\"}");
        assertThat(a.sha256()).isEqualTo(b.sha256()).hasSize(64);
        assertThat(Figures.fromJson(a.toJson()).asMap()).isEqualTo(a.asMap());
        assertThatThrownBy(() -> a.put("map.hex.max", 4)).hasMessageContaining("given twice");
    }

    @Test
    void changes_since_an_earlier_pack_name_each_changed_added_and_removed_figure() {
        Figures before = new Figures().put("summary.satisfied", 100).put("open.01.code", "D1").put("open.02.code", "D2");
        Figures after = new Figures().put("summary.satisfied", 99).put("open.01.code", "D1").put("open.03.code", "D3");
        assertThat(after.changesSince(before)).containsExactly("open.02.code: removed (D2)", "open.03.code: added D3",
                "summary.satisfied: 100 → 99");
        assertThat(after.changesSince(after)).isEmpty();
    }

    @Test
    void a_configured_font_that_is_not_there_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> PackFonts.find("/nowhere/font.ttc,2"))
                .hasMessageContaining("gridatlas.review.font=/nowhere/font.ttc,2 is not a readable file");
    }

    @Test
    void the_scale_bar_takes_the_longest_round_length_that_fits() {
        assertThat(MapImage.niceLength(50, 100)).isEqualTo(5000);   // 50 m/px, 100 px → 5 km
        assertThat(MapImage.niceLength(50, 90)).isEqualTo(2000);
        assertThat(MapImage.niceLength(3, 100)).isEqualTo(200);
    }
}
