package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * All 260,000 Liyang households exported in each format over HTTP by the county leader: every row arrives. The
 * figures (seconds, bytes, heap) are a benchmark written to target/export-bench.txt, never asserted.
 */
class ExportVolumeIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void every_household_of_liyang_arrives_in_every_format_streamed_through_a_temporary_file() throws Exception {
        String token = users.byRole(UserRole.COUNTY_LEADER).token();   // loads the demo when this test runs alone
        long households = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM household WHERE county_code = '320481'", Long.class));
        assertThat(households).isGreaterThan(250_000);
        List<String> lines = new ArrayList<>();
        lines.add("format  rows  seconds  MB  heap-used-after-MB (households of Liyang, county leader, HTTP)");
        for (String format : List.of("csv", "geojson", "gpkg", "shp", "xlsx")) {
            System.gc();
            long start = System.nanoTime();
            var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/exports/households?format=" + format))
                    .header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Path download = Files.createTempFile("export-volume", "." + format);
            try {
                try (InputStream in = r.body()) {
                    Files.copy(in, download, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long bytes = Files.size(download);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("X-Export-Rows").orElseThrow()).isEqualTo(Long.toString(households));
                // the rows actually downloaded, counted in the file itself: a truncated download fails here
                assertThat(DownloadedRows.count(format, download)).as("rows in the downloaded %s", format)
                        .isEqualTo(households);
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
                lines.add(String.format(Locale.ROOT, "%-7s %d %.1f %.1f %d", format, households, seconds, bytes / 1e6, heap));
            } finally {
                Files.deleteIfExists(download);
            }
        }
        Path out = Path.of("target", "export-bench.txt");
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
