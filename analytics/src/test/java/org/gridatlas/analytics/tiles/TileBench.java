package org.gridatlas.analytics.tiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import org.gridatlas.analytics.base.AreaCode;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The tile benchmark behind {@code bench/tiles.sh}: a fixed set of tiles z8..z16 around a point, each fetched from
 * the running HTTP endpoint and answered by the same ST_AsMVT SQL over plain JDBC, side by side; cold (the first
 * request of each tile) and warm (repeated). Prints p50/p95 per zoom band and the endpoint/SQL ratio.
 *
 * <p>Arguments: name baseUrl token jdbcUrl user password area lon lat [warmRounds]. Not a test: run by the script.
 */
public final class TileBench {

    private static final List<TileLayer> LAYERS = List.of(TileLayer.HOUSEHOLDS, TileLayer.VISITS, TileLayer.REQUESTS,
            TileLayer.AGENTS, TileLayer.GRID_AREAS, TileLayer.VILLAGES);

    private TileBench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String base = args[1];
        String token = args[2];
        String area = args[6];
        double lon = Double.parseDouble(args[7]);
        double lat = Double.parseDouble(args[8]);
        int rounds = args.length > 9 ? Integer.parseInt(args[9]) : 20;
        Clock clock = Clock.systemUTC();

        var ds = new SingleConnectionDataSource(args[3], args[4], args[5], true);
        var jdbc = new NamedParameterJdbcTemplate(ds);
        if (args.length > 10 && args[10].equals("--probe")) {
            jdbc.getJdbcTemplate().queryForObject("SELECT count(*) FROM dataset_info", Long.class);
            return;
        }
        if (args.length > 10 && args[10].equals("--create-user")) {
            createBenchUser(jdbc, token, area);
            return;
        }
        jdbc.getJdbcTemplate().queryForObject("SELECT set_config('gridatlas.view_area', ?, false)", String.class, area);
        TileQuery sqlSource = new TileQuery(jdbc, clock);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Case> cases = new ArrayList<>();
        for (int z = 8; z <= 16; z++) {
            int[] xy = containing(lon, lat, z);
            for (TileLayer layer : LAYERS) {
                cases.add(new Case(layer, new TileCoord(z, xy[0], xy[1])));
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            TileFilter filter = sqlSource.withDefaults(c.layer, TileFilter.NONE);
            LongSupplier sql = () -> time(() -> {
                byte[] b = jdbc.queryForObject(sqlSource.sql(c.layer, c.tile, filter),
                        TileQuery.params(c.layer, c.tile, AreaCode.ALL, filter, clock), byte[].class);
                c.bytes = b == null ? 0 : b.length;
            });
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tiles/" + c.layer.id() + "/" + c.tile.z()
                    + "/" + c.tile.x() + "/" + c.tile.y() + ".mvt")).header("Authorization", "Bearer " + token).build();
            LongSupplier endpoint = () -> time(() -> {
                var r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
                }
            });
            c.sql = sql;
            c.endpoint = endpoint;
            // cold: the first request of each tile; alternate which side goes first so neither warms the other always
            if (i % 2 == 0) {
                c.coldSql = sql.getAsLong();
                c.coldHttp = endpoint.getAsLong();
            } else {
                c.coldHttp = endpoint.getAsLong();
                c.coldSql = sql.getAsLong();
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (Case c : cases) {
                c.warmSql.add(c.sql.getAsLong());
                c.warmHttp.add(c.endpoint.getAsLong());
            }
        }
        report(name, cases);
        ds.destroy();
    }

    private static void report(String name, List<Case> cases) {
        System.out.printf(Locale.ROOT, "%n== %s: %d tiles (%s), z8..z16 ==%n", name, cases.size(),
                String.join(",", LAYERS.stream().map(TileLayer::id).toList()));
        System.out.printf(Locale.ROOT, "%-6s %9s | %9s %9s %9s %9s %6s | %9s %9s %6s%n", "zoom", "max KB",
                "warm p50", "p95 HTTP", "p50 SQL", "p95 SQL", "ratio", "cold HTTP", "cold SQL", "ratio");
        Map<String, List<Case>> bands = new TreeMap<>();
        for (Case c : cases) {
            bands.computeIfAbsent(String.format(Locale.ROOT, "z%02d", c.tile.z()), k -> new ArrayList<>()).add(c);
        }
        bands.put("all", cases);
        for (var e : bands.entrySet()) {
            List<Case> cs = e.getValue();
            long[] wh = cs.stream().flatMap(c -> c.warmHttp.stream()).mapToLong(Long::longValue).toArray();
            long[] ws = cs.stream().flatMap(c -> c.warmSql.stream()).mapToLong(Long::longValue).toArray();
            long[] ch = cs.stream().mapToLong(c -> c.coldHttp).toArray();
            long[] csq = cs.stream().mapToLong(c -> c.coldSql).toArray();
            int maxBytes = cs.stream().mapToInt(c -> c.bytes).max().orElse(0);
            System.out.printf(Locale.ROOT, "%-6s %9.1f | %9s %9s %9s %9s %6.2f | %9s %9s %6.2f%n", e.getKey(), maxBytes / 1024.0,
                    ms(pct(wh, 50)), ms(pct(wh, 95)), ms(pct(ws, 50)), ms(pct(ws, 95)),
                    (double) pct(wh, 95) / Math.max(1, pct(ws, 95)),
                    ms(pct(ch, 95)), ms(pct(csq, 95)), (double) pct(ch, 95) / Math.max(1, pct(csq, 95)));
        }
        System.out.println("(ms; warm columns: p50 and p95 of all warm requests; ratio = endpoint p95 / SQL p95;"
                + " cold columns: p95 of the first request of each tile)");
        System.out.printf(Locale.ROOT, "slowest warm tiles (HTTP p95):%n");
        cases.stream().sorted((a, b) -> Long.compare(pct(b.warmArray(true), 95), pct(a.warmArray(true), 95))).limit(5)
                .forEach(c -> System.out.printf(Locale.ROOT, "  %-10s z%d/%d/%d  HTTP p95 %s  SQL p95 %s  %.1f KB%n",
                        c.layer.id(), c.tile.z(), c.tile.x(), c.tile.y(), ms(pct(c.warmArray(true), 95)),
                        ms(pct(c.warmArray(false), 95)), c.bytes / 1024.0));
    }

    /** The bench user: a county leader of the area whose API token is the given one; it cannot log in. */
    private static void createBenchUser(NamedParameterJdbcTemplate jdbc, String token, String area) throws Exception {
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        jdbc.update("""
                INSERT INTO app_user (username, display_name, password_hash, role, view_area, capture_area, api_token_hash)
                VALUES ('bench_tiles', 'bench', '{bcrypt}-', 'COUNTY_LEADER', :area, :area, :hash)
                ON CONFLICT (username) DO UPDATE SET view_area = :area, capture_area = :area, api_token_hash = :hash,
                    enabled = true, locked_until = NULL""", Map.of("area", area, "hash", hash));
    }

    private static long pct(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static long time(Work work) {
        long t0 = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t0;
    }

    static int[] containing(double lon, double lat, int z) {
        double n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double rad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    interface Work {
        void run() throws Exception;
    }

    private static final class Case {
        final TileLayer layer;
        final TileCoord tile;
        LongSupplier sql;
        LongSupplier endpoint;
        long coldSql;
        long coldHttp;
        int bytes;
        final List<Long> warmSql = new ArrayList<>();
        final List<Long> warmHttp = new ArrayList<>();

        Case(TileLayer layer, TileCoord tile) {
            this.layer = layer;
            this.tile = tile;
        }

        long[] warmArray(boolean http) {
            return (http ? warmHttp : warmSql).stream().mapToLong(Long::longValue).toArray();
        }
    }
}
