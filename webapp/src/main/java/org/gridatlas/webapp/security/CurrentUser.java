package org.gridatlas.webapp.security;

import java.util.Optional;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request, for views that show who is working and in which area. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<GridAtlasUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof GridAtlasUser u ? Optional.of(u) : Optional.empty();
    }

    public static Scope scope() {
        return Scopes.current();
    }

    /** The user's viewing area as a filter ({@link AreaCode#ALL} for system scope). */
    public static AreaCode viewArea() {
        Scope scope = scope();
        return scope.isSystem() ? AreaCode.ALL : AreaCode.of(scope.viewArea());
    }
}
