package org.gridatlas.data.base.scope;

import java.util.function.Supplier;

/**
 * The scope of the current thread: an explicit one set by {@link #runAs} (system tasks, tests), else the
 * resolver's (the logged-in user), else {@link Scope#NOBODY}.
 */
public final class Scopes {

    private static final ThreadLocal<Scope> EXPLICIT = new ThreadLocal<>();
    private static volatile ScopeResolver resolver = () -> Scope.NOBODY;

    private Scopes() {
    }

    public static void setResolver(ScopeResolver r) {
        resolver = r;
    }

    public static Scope current() {
        Scope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        Scope resolved = resolver.current();
        return resolved == null ? Scope.NOBODY : resolved;
    }

    public static <T> T runAs(Scope scope, Supplier<T> work) {
        Scope before = EXPLICIT.get();
        EXPLICIT.set(scope);
        try {
            return work.get();
        } finally {
            if (before == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(before);
            }
        }
    }

    public static void runAs(Scope scope, Runnable work) {
        runAs(scope, () -> {
            work.run();
            return null;
        });
    }
}
