package org.gridatlas.webapp.security;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.webapp.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the machine-facing one ({@code /api}, {@code /tiles}, {@code /ogc}) takes a bearer token, HTTP
 * Basic or the browser's session; the Vaadin one uses form login. Both leave data scoping to the database (V004).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Who may open the quarterly review, its map images and packs: as ReviewView's @RolesAllowed (checked by a test). */
    static final String[] REVIEW_ROLES = {"TOWN_SECRETARY", "COUNTY_LEADER", "SUPERVISOR", "ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccountService accounts, Clock clock) throws Exception {
        // Browser calls carry the session cookie and need the CSRF token for writes; token/Basic clients need none.
        RequestMatcher csrfNeeded = request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null;
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"GridAtlas\"");
            ApiErrorResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
        };
        return http.securityMatcher("/api/**", "/tiles/**", "/ogc/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/audit/**").hasRole("ADMIN")
                        // the review's maps and packs follow the review screen's roles (ReviewView's @RolesAllowed)
                        .requestMatchers("/api/v1/review/**").hasAnyRole(REVIEW_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("GridAtlas").authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenFilter(accounts, clock), BasicAuthenticationFilter.class)
                .csrf(c -> c.requireCsrfProtectionMatcher(csrfNeeded))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, ex) ->
                                ApiErrorResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "access denied for your role")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        // /error renders the status of a refused or malformed request instead of redirecting it to the login page
        http.authorizeHttpRequests(a -> a.requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/styles.css",
                "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/login"))
                .build();
    }
}
