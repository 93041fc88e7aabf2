package org.gridatlas.analytics.base;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;

import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.locationtech.jts.geom.Geometry;

/**
 * Binds PostGIS {@code geometry} columns to JTS geometries for jOOQ's free edition.
 * Values travel as hex EWKB (with SRID), which is what PgJDBC returns for {@code geometry} columns.
 */
public final class GeometryBinding implements Binding<org.jooq.Geometry, Geometry> {

    private static final Converter<org.jooq.Geometry, Geometry> CONVERTER = Converter.of(
            org.jooq.Geometry.class, Geometry.class,
            db -> db == null ? null : Ewkb.read(db.data()),
            geometry -> geometry == null ? null : org.jooq.Geometry.valueOf(Ewkb.write(geometry)));

    @Override
    public Converter<org.jooq.Geometry, Geometry> converter() {
        return CONVERTER;
    }

    @Override
    public void sql(BindingSQLContext<Geometry> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.convert(converter()).value())).sql("::geometry");
        } else {
            ctx.render().sql(ctx.variable()).sql("::geometry");
        }
    }

    @Override
    public void register(BindingRegisterContext<Geometry> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<Geometry> ctx) throws SQLException {
        org.jooq.Geometry value = ctx.convert(converter()).value();
        ctx.statement().setString(ctx.index(), value == null ? null : value.data());
    }

    @Override
    public void set(BindingSetSQLOutputContext<Geometry> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("geometry in SQLOutput");
    }

    @Override
    public void get(BindingGetResultSetContext<Geometry> ctx) throws SQLException {
        ctx.convert(converter()).value(wrap(ctx.resultSet().getString(ctx.index())));
    }

    @Override
    public void get(BindingGetStatementContext<Geometry> ctx) throws SQLException {
        ctx.convert(converter()).value(wrap(ctx.statement().getString(ctx.index())));
    }

    private static org.jooq.Geometry wrap(String hex) {
        return hex == null ? null : org.jooq.Geometry.valueOf(hex);
    }

    @Override
    public void get(BindingGetSQLInputContext<Geometry> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("geometry in SQLInput");
    }
}
