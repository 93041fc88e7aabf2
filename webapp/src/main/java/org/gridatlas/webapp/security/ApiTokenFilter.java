package org.gridatlas.webapp.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridatlas.data.account.service.AccountService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer ga_…}: API clients authenticate with a token; an unknown token answers 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final Clock clock;

    ApiTokenFilter(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var account = accounts.findByApiTokenHash(ApiTokens.hash(header.substring(7).strip()));
            if (account.isEmpty() || !account.get().enabled()
                    || (account.get().lockedUntil() != null && account.get().lockedUntil().isAfter(clock.instant()))) {
                ApiErrorResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unknown or disabled API token");
                return;
            }
            GridAtlasUser user = new GridAtlasUser(account.get(), false);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        chain.doFilter(request, response);
    }
}
