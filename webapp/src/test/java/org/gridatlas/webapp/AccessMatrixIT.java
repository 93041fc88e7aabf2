package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The generated access matrix of issue 7: every endpoint and view × every role (and no login) × own and foreign
 * area, each case asserting allow or deny. Data scoping comes from row-level security, so these cases exercise
 * the database policies through the real HTTP stack.
 */
class AccessMatrixIT extends IntegrationTest {

    private static final List<String> TILE_LAYERS = List.of("towns", "villages", "grid-areas", "groups", "households",
            "agents", "posts", "requests", "disputes", "visits");
    /** The issue-3 point layers are sparser: their own-area check runs at county zoom only. */
    private static final List<String> SPARSE_LAYERS = List.of("agents", "posts", "requests", "disputes", "visits");
    private static final List<String> VIEWS = List.of("org.gridatlas.webapp.map.ui.MapView",
            "org.gridatlas.webapp.overview.ui.OverviewView", "org.gridatlas.webapp.admin.ui.AuditView",
            "org.gridatlas.webapp.admin.ui.UsersView",
            "org.gridatlas.webapp.worklist.ui.WorklistView", "org.gridatlas.webapp.request.ui.RequestView",
            "org.gridatlas.webapp.request.ui.IntakeView", "org.gridatlas.webapp.request.ui.AreaRequestsView",
            "org.gridatlas.webapp.visit.ui.VisitView", "org.gridatlas.webapp.imports.ui.HouseholdImportView",
            "org.gridatlas.webapp.assignment.ui.AssignmentView", "org.gridatlas.webapp.imports.ui.BoundaryImportView",
            "org.gridatlas.webapp.exports.ui.ExportView", "org.gridatlas.webapp.dashboard.ui.DashboardView",
            "org.gridatlas.webapp.meeting.ui.MeetingView", "org.gridatlas.webapp.review.ui.ReviewView",
            "org.gridatlas.webapp.imports.ui.PeopleImportView");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;


    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_role_in_own_and_foreign_areas() {
        List<DynamicTest> cases = new ArrayList<>();
        Fixture f = Fixture.load(users);
        for (TestUsers.TestUser user : users.all()) {
            for (boolean own : List.of(true, false)) {
                cases.addAll(dataCases(f, user, own));
            }
            if (user.narrowed()) {
                cases.addAll(NarrowedCases.of(f, user, new NarrowedCases.Http(http, port), users));
            }
            cases.add(check(user, "GET /api/v1/audit", () -> {
                int status = get("/api/v1/audit", user).statusCode();
                assertThat(status).isEqualTo(user.role() == UserRole.ADMIN ? 200 : 403);
            }));
            for (String view : VIEWS) {
                cases.add(check(user, "view " + view.substring(view.lastIndexOf('.') + 1), () -> {
                    boolean expected = view.contains(".admin.") ? user.role() == UserRole.ADMIN
                            : view.endsWith("AreaRequestsView") ? user.role() != UserRole.AGENT
                            : view.endsWith("DashboardView") || view.endsWith("MeetingView")
                                    || view.endsWith("ReviewView") ? user.role() != UserRole.AGENT
                            : view.endsWith("HouseholdImportView") || view.endsWith("AssignmentView")
                                    || view.endsWith("BoundaryImportView") || view.endsWith("PeopleImportView")
                                    ? user.role() != UserRole.AGENT
                                    && user.role() != UserRole.COUNTY_LEADER
                            : true;
                    assertThat(viewAccess(view, user)).isEqualTo(expected);
                }));
            }
        }
        cases.addAll(anonymousCases(f));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream();
    }

    private List<DynamicTest> dataCases(Fixture f, TestUsers.TestUser user, boolean own) {
        String side = own ? "own" : "foreign";
        long household = own ? f.ownHousehold(user) : f.foreignHousehold(user);
        String area = own ? user.area() : f.foreignArea(user);
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(check(user, side + " household card", () -> {
            var r = get("/api/v1/households/" + household, user);
            assertThat(r.statusCode()).isEqualTo(own ? 200 : 404);
            if (own) {
                assertThat(r.body()).contains("*").contains("\"revealed\":false");
            }
        }));
        cases.add(check(user, side + " household reveal", () -> {
            var r = post("/api/v1/households/" + household + "/reveal", "{\"reason\":\"上门核实低保材料\"}", user);
            boolean mayReveal = user.role().mayRevealPersonalData();
            assertThat(r.statusCode()).isEqualTo(!mayReveal ? 403 : own ? 200 : 404);
            if (mayReveal && own) {
                assertThat(r.body()).contains("\"revealed\":true");
            }
        }));
        cases.add(check(user, side + " summary", () -> {
            var r = get("/api/v1/summary?area=" + area, user);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).matches(own ? ".*\"households\":[1-9].*" : ".*\"households\":0,.*");
        }));
        cases.add(check(user, side + " export", () -> {
            var r = get("/api/v1/exports/villages?format=geojson&area=" + area, user);
            assertThat(r.statusCode()).isEqualTo(200);
            String rows = r.headers().firstValue("X-Export-Rows").orElseThrow();
            assertThat(rows).isNotEqualTo(own ? "0" : "").isEqualTo(own ? rows : "0");
        }));
        cases.add(check(user, side + " division", () ->
                assertThat(get("/api/v1/divisions/" + area, user).statusCode()).isEqualTo(own ? 200 : 404)));
        cases.add(check(user, side + " division children", () -> {
            var r = get("/api/v1/divisions?parent=" + area.substring(0, area.length() == 6 ? 6 : area.length() - 3), user);
            assertThat(r.statusCode()).isEqualTo(200);
            if (own) {
                assertThat(r.body()).contains("\"code\":\"" + area.substring(0, Math.min(area.length(), 9)));
            } else {
                assertThat(r.body()).doesNotContain("\"code\":\"" + area);
            }
        }));
        cases.add(check(user, side + " search", () -> {
            var r = get("/api/v1/search?q=" + (own ? f.ownHouseholdCode(user) : f.foreignHouseholdCode(user)), user);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(own ? r.body() : "[]");
            if (own) {
                assertThat(r.body()).contains("HOUSEHOLD");
            }
        }));
        cases.add(check(user, side + " request intake", () -> {
            int item = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM request_item", Integer.class));
            var r = post("/api/v1/requests", "{\"householdId\":" + household + ",\"itemId\":" + item
                    + ",\"description\":\"矩阵测试\",\"channel\":\"STATION\"}", user);
            // the county leader and the administrator record no field data: refused by role, own area or not
            boolean viewOnly = user.role() == UserRole.COUNTY_LEADER || user.role() == UserRole.ADMIN;
            assertThat(r.statusCode()).as(r.body()).isEqualTo(viewOnly ? 403 : own ? 201 : 404);
        }));
        cases.add(check(user, side + " request list", () -> {
            var r = get("/api/v1/requests?size=1&area=" + area, user);
            assertThat(r.statusCode()).isEqualTo(200);
            if (!own) {
                assertThat(r.body()).contains("\"total\":0");
            }
        }));
        for (String layer : TILE_LAYERS) {
            for (int z : SPARSE_LAYERS.contains(layer) ? new int[] {10} : new int[] {10, 14}) {
                double[] at = own ? f.ownPoint(user) : f.foreignPoint(user);
                int[] xy = Tiles.containing(at[0], at[1], z);
                String tileArea = layer.equals("towns") ? area.substring(0, Math.min(9, area.length())) : area;
                cases.add(check(user, side + " tile " + layer + " z" + z, () -> {
                    var r = getBytes("/tiles/" + layer + "/" + z + "/" + xy[0] + "/" + xy[1] + ".mvt?area=" + tileArea, user);
                    assertThat(r.statusCode()).isEqualTo(200);
                    if (own) {
                        assertThat(r.body()).isNotEmpty();
                    } else {
                        assertThat(r.body()).isEmpty();
                    }
                }));
            }
        }
        return cases;
    }

    private List<DynamicTest> anonymousCases(Fixture f) {
        List<DynamicTest> cases = new ArrayList<>();
        TestUsers.TestUser any = users.byRole(UserRole.AGENT);
        for (boolean own : List.of(true, false)) {
            long household = own ? f.ownHousehold(any) : f.foreignHousehold(any);
            List<String> paths = new ArrayList<>(List.of("/api/v1/households/" + household, "/api/v1/summary",
                    "/api/v1/divisions/320481", "/api/v1/divisions", "/api/v1/search?q=320481", "/api/v1/audit"));
            for (String layer : TILE_LAYERS) {
                paths.add("/tiles/" + layer + "/10/843/415.mvt");
            }
            for (String path : paths) {
                cases.add(DynamicTest.dynamicTest("anonymous " + (own ? "" : "(foreign) ") + "GET " + path + " → 401", () ->
                        assertThat(http.send(HttpRequest.newBuilder(uri(path)).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401)));
            }
        }
        for (String view : VIEWS) {
            cases.add(DynamicTest.dynamicTest("anonymous view " + view + " → denied", () ->
                    assertThat(new AccessAnnotationChecker().hasAccess(Class.forName(view), null, role -> false)).isFalse()));
        }
        return cases;
    }

    private boolean viewAccess(String view, TestUsers.TestUser user) throws ClassNotFoundException {
        var principal = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        return new AccessAnnotationChecker().hasAccess(Class.forName(view), principal, role -> role.equals(user.role().name()));
    }

    private DynamicTest check(TestUsers.TestUser user, String what, org.junit.jupiter.api.function.Executable test) {
        return DynamicTest.dynamicTest(user.role() + " " + what, test);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, TestUsers.TestUser user) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + user.token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, TestUsers.TestUser user) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + user.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String json, TestUsers.TestUser user) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + user.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
