package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Access-matrix cases for users narrowed below their village (issue 7, "roles bound to an area"): an agent sees their
 * own households and items and nothing of the neighbour household in the same village; a supervisor limited to grid
 * areas sees inside them and not beside them. Each case compares with the village-wide supervisor or with an
 * independent count as the system, so a policy that stopped narrowing fails here.
 */
final class NarrowedCases {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern HOUSEHOLDS = Pattern.compile("\"households\":(\\d+)");
    private static final Pattern EXPORTED = Pattern.compile(" (\\d+) 行");

    record Http(HttpClient client, int port) {
        HttpResponse<String> get(String path, TestUsers.TestUser user) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + user.token()).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path, TestUsers.TestUser user) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + user.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, String json, TestUsers.TestUser user) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + user.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private NarrowedCases() {
    }

    static List<DynamicTest> of(Fixture f, TestUsers.TestUser user, Http http, TestUsers users) {
        TestUsers.TestUser village = users.byRole(UserRole.SUPERVISOR);
        String label = user.role() + (user.agentId() != null ? " (own households)" : " (grid areas)") + " ";
        long neighbour = f.neighbourHousehold(user);
        long own = f.ownHousehold(user);
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(test(label + "neighbour household card in the same village → 404", () ->
                assertThat(http.get("/api/v1/households/" + neighbour, user).statusCode()).isEqualTo(404)));
        cases.add(test(label + "neighbour household reveal → 404", () -> assertThat(http.post("/api/v1/households/"
                + neighbour + "/reveal", "{\"reason\":\"上门核实\"}", user).statusCode()).isEqualTo(404)));
        cases.add(test(label + "neighbour household search finds nothing", () ->
                assertThat(http.get("/api/v1/search?q=" + f.neighbourHouseholdCode(user), user).body()).isEqualTo("[]")));
        cases.add(test(label + "neighbour household request intake → 404", () -> {
            int item = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM request_item", Integer.class));
            assertThat(http.post("/api/v1/requests", "{\"householdId\":" + neighbour + ",\"itemId\":" + item
                    + ",\"description\":\"矩阵测试\",\"channel\":\"STATION\"}", user).statusCode()).isEqualTo(404);
        }));
        cases.add(test(label + "OGC: own household 200, neighbour 404", () -> {
            assertThat(http.get("/ogc/collections/households/items/" + own, user).statusCode()).isEqualTo(200);
            assertThat(http.get("/ogc/collections/households/items/" + neighbour, user).statusCode()).isEqualTo(404);
            assertThat(http.get("/ogc/collections/households/items/" + neighbour, village).statusCode()).isEqualTo(200);
        }));
        cases.add(test(label + "household tile holds the own household, not the neighbour's", () -> {
            assertThat(householdCodes(http, f.ownPoint(user), user.area(), user)).contains(f.ownHouseholdCode(user));
            double[] at = f.neighbourPoint(user);
            assertThat(householdCodes(http, at, user.area(), village)).contains(f.neighbourHouseholdCode(user));
            assertThat(householdCodes(http, at, user.area(), user)).doesNotContain(f.neighbourHouseholdCode(user));
        }));
        cases.add(test(label + "summary counts only their households", () -> {
            long expected = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT count(*) FROM household WHERE village_code LIKE ? " + households(user), Long.class,
                    user.area() + "%"));
            long all = number(HOUSEHOLDS, http.get("/api/v1/summary?area=" + user.area(), village).body());
            long seen = number(HOUSEHOLDS, http.get("/api/v1/summary?area=" + user.area(), user).body());
            assertThat(seen).isEqualTo(expected).isPositive().isLessThan(all);
        }));
        cases.add(test(label + "request list holds only their requests", () -> {
            long expected = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT count(*) FROM service_request r WHERE r.village_code LIKE ? AND (" + requests(user) + ")",
                    Long.class, user.area() + "%"));
            long all = number(TOTAL, http.get("/api/v1/requests?size=1&area=" + user.area(), village).body());
            long seen = number(TOTAL, http.get("/api/v1/requests?size=1&area=" + user.area(), user).body());
            assertThat(seen).isEqualTo(expected).isLessThan(all);
        }));
        cases.add(test(label + "a request on a neighbour household → 404", () -> {
            Long foreign = users.asSystem(() -> users.jdbc().query("SELECT r.id FROM service_request r"
                    + " WHERE r.village_code LIKE ? AND NOT (" + requests(user) + ") ORDER BY r.id LIMIT 1",
                    (rs, i) -> rs.getLong(1), user.area() + "%")).stream().findFirst().orElseThrow();
            assertThat(http.get("/api/v1/requests/" + foreign, village).statusCode()).isEqualTo(200);
            assertThat(http.get("/api/v1/requests/" + foreign, user).statusCode()).isEqualTo(404);
        }));
        cases.add(test(label + "request ledger export holds only their requests", () -> {
            String path = "/api/v1/ledger/requests.xlsx?area=" + user.area() + "&from=2000-01-01&to=2099-12-31";
            assertThat(http.bytes(path, village).statusCode()).isEqualTo(200);
            long all = exported(users, village);
            assertThat(http.bytes(path, user).statusCode()).isEqualTo(200);
            long seen = exported(users, user);
            long expected = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT count(*) FROM service_request r WHERE r.village_code LIKE ? AND (" + requests(user) + ")",
                    Long.class, user.area() + "%"));
            assertThat(seen).isEqualTo(Math.min(expected, all)).isLessThan(all);
        }));
        return cases;
    }

    /** The household condition of a narrowed user (constant SQL built from ids, never from input). */
    private static String households(TestUsers.TestUser u) {
        return u.agentId() != null ? "AND agent_id = " + u.agentId()
                : "AND grid_area_id = ANY ('" + gridArray(u) + "'::bigint[])";
    }

    private static String requests(TestUsers.TestUser u) {
        String ownHouseholds = "r.household_id IN (SELECT id FROM household WHERE village_code LIKE '" + u.area() + "%' "
                + households(u) + ")";
        return u.agentId() != null ? "r.agent_id = " + u.agentId() + " OR " + ownHouseholds
                : "r.grid_area_id = ANY ('" + gridArray(u) + "'::bigint[]) OR " + ownHouseholds;
    }

    private static String gridArray(TestUsers.TestUser u) {
        return "{" + String.join(",", u.gridAreaIds().stream().map(String::valueOf).toList()) + "}";
    }

    private static List<Object> householdCodes(Http http, double[] at, String area, TestUsers.TestUser user) throws Exception {
        int[] xy = Tiles.containing(at[0], at[1], 16);
        var r = http.bytes("/tiles/households/16/" + xy[0] + "/" + xy[1] + ".mvt?area=" + area, user);
        assertThat(r.statusCode()).isEqualTo(200);
        var layer = Mvt.layers(r.body()).get("households");
        return layer == null ? List.of() : layer.getGeometries().stream().map(g -> Mvt.attributes(g).get("code")).toList();
    }

    private static long exported(TestUsers users, TestUsers.TestUser user) {
        String reason = users.asSystem(() -> users.jdbc().queryForObject("SELECT reason FROM audit_log"
                + " WHERE username = ? AND action = 'EXPORT' ORDER BY id DESC LIMIT 1", String.class, user.username()));
        return number(EXPORTED, reason);
    }

    private static long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("%s in %s", p, text).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, body);
    }
}
