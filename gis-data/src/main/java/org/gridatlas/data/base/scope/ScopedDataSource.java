package org.gridatlas.data.base.scope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The single enforcement point of area scoping on the application side: every connection handed out carries the
 * current {@link Scope} as the session settings {@code gridatlas.view_area} and {@code gridatlas.capture_area},
 * which the row-level security policies of migration V004 compare with each row's division code, and
 * {@code gridatlas.agent_id} and {@code gridatlas.grid_areas}, with which the policies of V070 narrow an agent to
 * their own households and items and a grid supervisor to their grid areas (empty = no narrowing). JPA, jOOQ,
 * JdbcTemplate, tiles, exports: everything that reaches PostgreSQL goes through here.
 */
public final class ScopedDataSource extends DelegatingDataSource {

    private static final String APPLY = "SELECT set_config('gridatlas.view_area', ?, false),"
            + " set_config('gridatlas.capture_area', ?, false), set_config('gridatlas.user', ?, false),"
            + " set_config('gridatlas.agent_id', ?, false), set_config('gridatlas.grid_areas', ?, false)";

    private final ScopeResolver scopes;

    /** Connections carry the scope of the current thread ({@link Scopes#current()}). */
    public ScopedDataSource(DataSource target) {
        this(target, Scopes::current);
    }

    private ScopedDataSource(DataSource target, ScopeResolver scopes) {
        super(target);
        this.scopes = scopes;
    }

    /** Connections always carry the given scope (system tasks, tests of the data layer). */
    public static ScopedDataSource fixed(DataSource target, Scope scope) {
        return new ScopedDataSource(target, () -> scope);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return apply(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return apply(super.getConnection(username, password));
    }

    private Connection apply(Connection c) throws SQLException {
        Scope scope = scopes.current();
        try (PreparedStatement ps = c.prepareStatement(APPLY)) {
            ps.setString(1, scope.viewArea());
            ps.setString(2, scope.captureArea());
            ps.setString(3, scope.username());
            ps.setString(4, scope.agentSetting());
            ps.setString(5, scope.gridAreasSetting());
            ps.execute();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
