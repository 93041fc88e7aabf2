package org.gridatlas.data.base.scope;

/** Tells which {@link Scope} the current thread works in (the web application reads it from the logged-in user). */
@FunctionalInterface
public interface ScopeResolver {
    Scope current();
}
