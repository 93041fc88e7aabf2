package org.gridatlas.analytics.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.gridatlas.analytics.base.SqlFile;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams one layer to an {@link ExportSink} through a server-side cursor (fetch size {@value #FETCH}), so 260,000
 * households never sit in memory. Reads through the scoped DataSource: row-level security limits every export to
 * the user's area. Personal columns are masked unless {@code reveal} is true (the caller checks the role and audits).
 */
@Service
public class ExportQuery {

    static final int FETCH = 2000;
    private static final int MAX_TEXT = 254;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<ExportLayer, String> sql = new EnumMap<>(ExportLayer.class);

    ExportQuery(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        for (ExportLayer l : ExportLayer.values()) {
            sql.put(l, SqlFile.load(ExportQuery.class, l.id() + ".sql"));
        }
    }

    /** Writes every row of the layer inside the area to the sink; returns the number of rows written. */
    @Transactional(readOnly = true)
    public long stream(ExportLayer layer, ExportArea area, boolean reveal, ExportSink sink) {
        var params = new MapSqlParameterSource()
                .addValue("area", area.code().code() + "%")
                .addValue("nopoly", !area.hasPolygon())
                .addValue("poly", area.polygonWkt(), Types.VARCHAR);
        long[] count = {0};
        jdbc.query(sql.get(layer), params, (ResultSet rs) -> {
            try {
                Reader reader = new Reader(layer, rs.getMetaData(), reveal);
                sink.start(layer, reader.columns);
                while (rs.next()) {
                    sink.row(reader.values(rs), reader.geometry(rs));
                    count[0]++;
                }
                sink.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        return count[0];
    }

    /** Turns result-set rows into sink values: columns typed from the metadata, personal ones masked. */
    private static final class Reader {
        final List<ExportColumn> columns = new ArrayList<>();
        final List<UnaryOperator<String>> masks = new ArrayList<>();
        final int geomIndex;
        final WKBReader wkb = new WKBReader();

        Reader(ExportLayer layer, ResultSetMetaData md, boolean reveal) throws SQLException {
            int g = -1;
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = md.getColumnLabel(i);
                if (name.equals("geom")) {
                    g = i;
                    continue;
                }
                columns.add(new ExportColumn(name, type(md.getColumnType(i)), length(md, i)));
                masks.add(reveal ? null : layer.mask(name));
            }
            geomIndex = g;
        }

        Object[] values(ResultSet rs) throws SQLException {
            Object[] out = new Object[columns.size()];
            for (int c = 0, i = 1; c < out.length; i++) {
                if (i == geomIndex) {
                    continue;
                }
                ExportColumn col = columns.get(c);
                out[c] = switch (col.type()) {
                    case TEXT -> {
                        String s = rs.getString(i);
                        yield s != null && masks.get(c) != null ? masks.get(c).apply(s) : s;
                    }
                    case INTEGER -> {
                        long v = rs.getLong(i);
                        yield rs.wasNull() ? null : v;
                    }
                    case DECIMAL -> {
                        double v = rs.getDouble(i);
                        yield rs.wasNull() ? null : v;
                    }
                    case BOOLEAN -> {
                        boolean v = rs.getBoolean(i);
                        yield rs.wasNull() ? null : v;
                    }
                    case TIME -> {
                        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                        yield t == null ? null : t.atZoneSameInstant(BEIJING).toOffsetDateTime().toString();
                    }
                };
                c++;
            }
            return out;
        }

        Geometry geometry(ResultSet rs) throws SQLException {
            byte[] bytes = geomIndex < 0 ? null : rs.getBytes(geomIndex);
            if (bytes == null) {
                return null;
            }
            try {
                return wkb.read(bytes);
            } catch (ParseException e) {
                throw new SQLException("unreadable geometry", e);
            }
        }

        private static ExportColumn.Type type(int sqlType) {
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ExportColumn.Type.INTEGER;
                case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> ExportColumn.Type.DECIMAL;
                case Types.BIT, Types.BOOLEAN -> ExportColumn.Type.BOOLEAN;
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> ExportColumn.Type.TIME;
                default -> ExportColumn.Type.TEXT;
            };
        }

        private static int length(ResultSetMetaData md, int i) throws SQLException {
            int p = md.getPrecision(i);
            return p <= 0 || p > MAX_TEXT ? MAX_TEXT : p;
        }
    }
}
