package org.gridatlas.webapp.security;

import jakarta.annotation.PostConstruct;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.ScopeResolver;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The scope of a request is the logged-in user's; without one, {@link Scope#NOBODY} sees nothing. */
@Component
class SecurityScopeResolver implements ScopeResolver {

    @PostConstruct
    void register() {
        Scopes.setResolver(this);
    }

    @Override
    public Scope current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof GridAtlasUser user) {
            return user.scope();
        }
        return Scope.NOBODY;
    }
}
