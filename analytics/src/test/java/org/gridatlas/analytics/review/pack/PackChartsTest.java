package org.gridatlas.analytics.review.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class PackChartsTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void the_trend_axis_ends_on_a_round_number_at_or_above_the_largest_count() {
        assertThat(PackCharts.niceCeiling(87)).isEqualTo(100);
        assertThat(PackCharts.niceCeiling(101)).isEqualTo(200);
        assertThat(PackCharts.niceCeiling(240)).isEqualTo(250);
        assertThat(PackCharts.niceCeiling(1)).isEqualTo(1);
        assertThat(PackCharts.niceCeiling(3.2)).isEqualTo(5);
    }

    @Test
    void small_multiples_paint_each_panel_in_its_own_colour_under_one_legend() {
        PackFonts fonts = fonts();
        Geometry outline = GF.toGeometry(new Envelope(0, 10_000, 0, 8_000));
        List<String> fills = List.of("#ff0000", "#00ff00", "#0000ff", "#ff00ff");
        List<List<MapImage.Shape>> panels = fills.stream()
                .map(c -> List.of(new MapImage.Shape(GF.toGeometry(new Envelope(2_000, 8_000, 2_000, 6_000)), c)))
                .toList();
        var key = new MapImage.Key("诉求", List.of("#ffffcc", "#800026"), List.of("0 – 5", "5 – 9"), List.of("图例锁定"));
        BufferedImage img = MapImage.multiples(fonts, outline, panels, List.of("2024Q2", "2024Q3", "2024Q4", "2025Q1"),
                key, 1800, 1060);
        assertThat(img.getWidth()).isEqualTo(1800);
        assertThat(img.getHeight()).isEqualTo(1060);
        int legendLeft = 1800 - 1800 / 5;
        int pw = legendLeft / 2;
        int ph = 1060 / 2;
        for (int i = 0; i < 4; i++) {   // the centre of each panel carries that panel's colour
            int x = (i % 2) * pw + pw / 2;
            int y = (i / 2) * ph + 20 + (ph - 20) / 2;
            assertThat(String.format("#%06x", img.getRGB(x, y) & 0xffffff)).as("panel %d", i).isEqualTo(fills.get(i));
        }
        long legendSwatch = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = legendLeft; x < 1800; x++) {
                legendSwatch += (img.getRGB(x, y) & 0xffffff) == 0x800026 ? 1 : 0;
            }
        }
        assertThat(legendSwatch).as("the one legend's top class swatch").isGreaterThan(100);
    }

    @Test
    void a_chart_is_drawn_into_the_pdf_with_the_embedded_font() throws Exception {
        PackFonts fonts = fonts();
        PackPdf pdf = new PackPdf(fonts, "test");
        pdf.heading("看板");
        float w = pdf.pageWidth();
        pdf.chart(w, 180, (g, f) -> PackCharts.trend(g, f, w, 180, "月度趋势", List.of("2025-01", "2025-02"), List.of(
                new PackCharts.Series("诉求", List.of(12.0, 30.0), false, true),
                new PackCharts.Series("办结率 %", List.of(50.0, Double.NaN), true, false))));
        pdf.chartPair(150, (g, f) -> PackCharts.bars(g, f, w / 2 - 8, 150, "类别", List.of("户籍", "社保"),
                List.of(3.0, 7.0), "%.0f", 0), (g, f) -> PackCharts.bars(g, f, w / 2 - 8, 150, "排名", List.of(), List.of(),
                "%.1f%%", 100));
        byte[] bytes = pdf.finish();
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("看板");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Form");
    }

    private static PackFonts fonts() {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")),
                "fonts-noto-cjk is installed");
        return PackFonts.find("");
    }
}
