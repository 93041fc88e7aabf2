package org.gridatlas.webapp.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes a JSON error straight to the response (sendError would forward to /error, which the login chain owns). */
final class ApiErrorResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrorResponse() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", message)));
    }
}
