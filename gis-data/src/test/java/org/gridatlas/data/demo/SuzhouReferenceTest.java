package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The Suzhou (Anhui) profile spans five counties: one named outline each, and the towns of each county inside it. */
class SuzhouReferenceTest {

    @Test
    void the_suzhou_outline_file_gives_one_valid_outline_per_county_by_name() {
        Map<String, Geometry> outlines = ReferenceData.outlines("suzhou-anhui-counties.geojson");
        assertThat(outlines).containsOnlyKeys("埇桥区", "砀山县", "萧县", "灵璧县", "泗县");
        outlines.values().forEach(g -> assertThat(g.isValid()).isTrue());
        // 埇桥区 is the largest; the five are disjoint apart from shared borders
        assertThat(outlines.get("埇桥区").getArea()).isGreaterThan(outlines.get("砀山县").getArea());
        assertThat(outlines.get("萧县").intersection(outlines.get("砀山县")).getArea())
                .isLessThan(0.01 * outlines.get("砀山县").getArea());
    }

    @Test
    void a_single_county_file_still_gives_its_one_outline() {
        assertThat(ReferenceData.outlines("liyang-boundary.geojson")).hasSize(1);
        assertThat(ReferenceData.outline("liyang-boundary.geojson").getArea())
                .isEqualTo(ReferenceData.outlines("liyang-boundary.geojson").values().iterator().next().getArea());
    }

    @Test
    void every_county_with_an_outline_has_towns_and_villages_in_the_reference_csv() {
        List<ReferenceData.DivisionRef> refs = ReferenceData.divisions("suzhou-anhui-divisions.csv");
        for (String county : List.of("341302", "341321", "341322", "341323", "341324")) {
            assertThat(refs.stream().filter(r -> r.level().equals("town") && r.parentCode().equals(county))).isNotEmpty();
        }
        assertThat(refs.stream().filter(r -> r.level().equals("village"))).hasSize(1358);
        assertThat(TableWriter.county("341302001001")).isEqualTo("341302");
    }
}
