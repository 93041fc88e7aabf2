package org.gridatlas.webapp.exports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolygonTextTest {

    @Test
    void a_drawn_geojson_polygon_becomes_wkt() {
        assertThat(PolygonText.wkt("{\"type\":\"Polygon\",\"coordinates\":[[[119.4,31.3],[119.5,31.3],[119.5,31.4],[119.4,31.3]]]}"))
                .isEqualTo("POLYGON((119.4 31.3, 119.5 31.3, 119.5 31.4, 119.4 31.3))");
    }

    @Test
    void fewer_than_four_positions_give_no_polygon() {
        assertThat(PolygonText.wkt("{\"type\":\"Polygon\",\"coordinates\":[[[119.4,31.3],[119.5,31.3]]]}")).isEmpty();
        assertThat(PolygonText.wkt(null)).isEmpty();
    }
}
