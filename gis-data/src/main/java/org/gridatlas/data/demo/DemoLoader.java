package org.gridatlas.data.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a deterministic demo data set into an empty GridAtlas database: generation, then PgJDBC COPY of every
 * table in one transaction, identity sequences moved past the loaded ids, area computation, ANALYZE, and a
 * {@code dataset_info} row recording profile and seed. Same profile, seed and date give the same data.
 */
public final class DemoLoader {

    /** The seed the demo uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20240601L;

    /** Tables in load order (foreign keys first). */
    static final List<String> TABLES = List.of("division", "grid_area", "village_group", "household", "person",
            "service_post", "liaison_link", "agent_link", "request_item", "service_request", "request_step",
            "dispute", "dispute_party", "dispute_escalation", "visit");
    /** Tables whose {@code id} is an identity column the loader fills explicitly. */
    private static final List<String> IDENTITY_TABLES = TABLES.stream()
            .filter(t -> !t.equals("division") && !t.equals("dispute_party")).toList();

    /** Tables with hundreds of thousands or millions of rows: indexes and constraints are rebuilt after the COPY. */
    static final List<String> BULK_TABLES = List.of("household", "liaison_link", "visit");

    private static final String ALREADY_LOADED =
            "SELECT EXISTS (SELECT 1 FROM dataset_info) OR EXISTS (SELECT 1 FROM household)";
    private static final String SET_SEQUENCE =
            "SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST(?, 1), ? > 0)";
    private static final String AREAS =
            "UPDATE division SET area_km2 = ST_Area(boundary::geography) / 1e6 WHERE boundary IS NOT NULL";
    private static final String INSERT_INFO =
            "INSERT INTO dataset_info (id, profile, seed, loaded_at, load_millis) VALUES (1, ?, ?, ?, ?)";

    /** Tables under row-level security (migration V004). */
    static final List<String> SCOPED_TABLES = TABLES.stream().filter(t -> !t.equals("request_item")).toList();

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final DataSource dataSource;
    private final Clock clock;

    public DemoLoader(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Generates and loads {@code profile} unless the database already holds data ({@code dataset_info} has a row
     * or there are households), in which case nothing is loaded and {@link LoadReport#loaded()} is false.
     */
    public LoadReport loadIfEmpty(DemoProfile profile, long seed, Consumer<String> progress) {
        Objects.requireNonNull(profile);
        Consumer<String> out = progress == null ? line -> { } : progress;
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE dataset_info IN EXCLUSIVE MODE"); // one loader at a time
                }
                if (alreadyLoaded(c)) {
                    Map<String, Long> counts = counts(c);
                    c.rollback();
                    out.accept("数据库已有数据，跳过演示数据加载 / database not empty, demo load skipped");
                    return new LoadReport(false, profile, counts, millis(t0));
                }
                Map<String, Long> counts = load(c, profile, seed, out, t0);
                c.commit();
                long ms = millis(t0);
                out.accept(String.format("演示数据加载完成 / demo data loaded: %s, seed %d (%.1f s)", profile, seed, ms / 1e3));
                LOG.info("Demo data {} (seed {}) loaded in {} ms", profile, seed, ms);
                return new LoadReport(true, profile, counts, ms);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DemoLoadException("demo load failed", e);
        }
    }

    private Map<String, Long> load(Connection c, DemoProfile profile, long seed, Consumer<String> out, long t0)
            throws SQLException {
        Period period = Period.of(clock);
        out.accept(String.format("生成演示数据 / generating %s, seed %d, %s … %s", profile, seed, period.start(),
                period.today()));
        DemoModel model = new DemoGenerator(ProfileSpec.of(profile), seed, period, out).generate();
        long generated = System.nanoTime();
        out.accept(String.format("生成完成 / generated in %.1f s", (generated - t0) / 1e9));

        DeferredIndexes deferred = new DeferredIndexes();
        deferred.drop(c, BULK_TABLES);
        // COPY FROM refuses tables whose row-level security applies to the loading role (V004 forces it on the
        // owner too); lift FORCE inside this transaction only, so every other session keeps the policies.
        forceRowLevelSecurity(c, false);
        // V040's cell triggers would aggregate millions of visits at five levels in one sort (about two minutes for
        // Liyang); into this empty database the cells are built after the COPY, level by level (V110)
        cellTriggers(c, false);
        Map<String, Long> counts = new LinkedHashMap<>(
                new TableWriter(model, new CopySink(c.unwrap(PGConnection.class).getCopyAPI()), out).writeAll(seed));
        out.accept(String.format("写入完成 / COPY done in %.1f s", (System.nanoTime() - generated) / 1e9));

        forceRowLevelSecurity(c, true);
        long t1 = System.nanoTime();
        deferred.recreate(c);
        out.accept(String.format("重建索引和约束 / indexes and constraints rebuilt (%.1f s)", (System.nanoTime() - t1) / 1e9));
        t1 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL work_mem = '512MB'");
            s.execute("SELECT ga_cells_rebuild('household'), ga_cells_rebuild('visit')");
            s.execute("ANALYZE household_cell");
            s.execute("ANALYZE visit_cell");
        }
        cellTriggers(c, true);
        out.accept(String.format("地图格网计数 / map cells counted (%.1f s)", (System.nanoTime() - t1) / 1e9));
        t1 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(SET_SEQUENCE)) {
            for (String table : IDENTITY_TABLES) {
                long max = counts.get(table);
                ps.setString(1, table);
                ps.setLong(2, max);
                ps.setLong(3, max);
                ps.execute();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate(AREAS);
            for (String table : TABLES) {
                s.execute("ANALYZE " + table); // constant table names
            }
        }
        out.accept(String.format("更新序列、面积和统计信息 / sequences, areas, ANALYZE (%.1f s)", (System.nanoTime() - t1) / 1e9));
        try (PreparedStatement ps = c.prepareStatement(INSERT_INFO)) {
            ps.setString(1, profile.name());
            ps.setLong(2, seed);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setLong(4, millis(t0));
            ps.executeUpdate();
        }
        return counts;
    }

    private static boolean alreadyLoaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ALREADY_LOADED)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) { // constant table names
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void cellTriggers(Connection c, boolean enable) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("household", "visit")) {
                s.execute("ALTER TABLE " + table + (enable ? " ENABLE" : " DISABLE") + " TRIGGER " + table
                        + "_cell_insert"); // constant names
            }
        }
    }

    private static void forceRowLevelSecurity(Connection c, boolean force) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : SCOPED_TABLES) {
                s.execute("ALTER TABLE " + table + (force ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
            }
        }
    }
}
