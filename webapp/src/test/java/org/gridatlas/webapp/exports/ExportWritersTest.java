package org.gridatlas.webapp.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gridatlas.analytics.exports.ExportColumn;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.data.imports.boundary.BoundaryFeature;
import org.gridatlas.data.imports.boundary.ShapefileReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ExportWritersTest {

    private static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("code", ExportColumn.Type.TEXT, 16),
            new ExportColumn("name", ExportColumn.Type.TEXT, 4), new ExportColumn("cycle_days", ExportColumn.Type.INTEGER, 0),
            new ExportColumn("area_km2", ExportColumn.Type.DECIMAL, 0), new ExportColumn("active", ExportColumn.Type.BOOLEAN, 0));

    @Test
    void a_zipped_shapefile_of_polygons_with_a_hole_reads_back_with_its_attributes_and_geometry() throws Exception {
        Geometry donut = new WKTReader().read(
                "MULTIPOLYGON(((119 31, 119.1 31, 119.1 31.1, 119 31.1, 119 31), (119.02 31.02, 119.02 31.05, 119.05 31.05, 119.05 31.02, 119.02 31.02)),"
                        + "((119.2 31, 119.3 31, 119.3 31.1, 119.2 31)))");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShapefileExportWriter w = new ShapefileExportWriter(out);
        w.start(ExportLayer.GRID_AREAS, COLUMNS);
        w.row(new Object[] {"32048110620101", "天目湖一网格", 30L, 1.25, true}, donut);
        w.row(new Object[] {"32048110620102", null, null, null, null}, null);
        w.finish();
        ShapefileReader.Result r = ShapefileReader.read("t.zip", out.toByteArray(), null);
        assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.prj()).contains("WGS_1984");
        BoundaryFeature f = r.features().getFirst();
        // name is a 4-character varchar: 12 UTF-8 bytes hold 4 Chinese characters, cut at a character boundary
        assertThat(f.text("name")).isEqualTo("天目湖一");
        assertThat(f.attributes().get("cycle_days")).isEqualTo(30L);
        assertThat(f.attributes().get("area_km2")).isEqualTo(1.25);
        assertThat(f.attributes().get("active")).isEqualTo(true);
        assertThat(f.geometry().equalsTopo(donut)).isTrue();
        assertThat(r.features().get(1).geometry()).isNull();
        assertThat(r.features().get(1).text("name")).isNull();
    }

    @Test
    void dbf_text_is_cut_at_a_character_boundary() {
        assertThat(new String(DbfWriter.cut("网格长", 7), StandardCharsets.UTF_8)).isEqualTo("网格");
        assertThat(DbfWriter.cut("abc", 7)).hasSize(3);
    }

    @Test
    void csv_cells_are_quoted_and_guarded_against_formulas() {
        assertThat(CsvExportWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExportWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExportWriter.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvExportWriter.cell(null)).isEmpty();
        assertThat(CsvExportWriter.cell(12L)).isEqualTo("12");
    }

    @Test
    void geojson_strings_escape_quotes_and_control_characters() {
        assertThat(GeoJsonExportWriter.Json.string("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    }
}
