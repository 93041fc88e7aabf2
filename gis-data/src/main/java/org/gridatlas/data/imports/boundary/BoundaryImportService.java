package org.gridatlas.data.imports.boundary;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.ImportProblem;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Boundary imports of towns, villages, grid areas and groups: read the file, check each feature, then let PostGIS
 * judge the geometries in a temporary table (invalid, outside the parent, overlapping siblings, unknown parent,
 * code already taken). A preview always rolls back; a commit inserts everything in the same single transaction with
 * an audit record, or — on any problem — nothing at all. Row-level security limits parents to the user's area.
 */
@Service
public class BoundaryImportService {

    /** The most problems a report lists (a wrong file would otherwise list one per feature, thousands). */
    public static final int MAX_PROBLEMS = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditService audit;

    BoundaryImportService(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditService audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /** Validates without writing anything. */
    public BoundaryPreview preview(BoundaryLevel level, String fileName, byte[] bytes, Charset charset,
                                   CoordinateSystem crs, boolean repair) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            return judge(level, fileName, bytes, charset, crs, repair);
        });
    }

    /** Imports every feature or, when any problem is found, nothing (throws {@link BoundaryRejectedException}). */
    public int commit(BoundaryLevel level, String fileName, byte[] bytes, Charset charset, CoordinateSystem crs,
                      boolean repair, String clientIp) {
        Integer n = tx.execute(status -> {
            BoundaryPreview p = judge(level, fileName, bytes, charset, crs, repair);
            if (!p.importable()) {
                status.setRollbackOnly();
                throw new BoundaryRejectedException(p);
            }
            int inserted;
            try {
                inserted = jdbc.update(BoundarySql.insert(level));
            } catch (DataIntegrityViolationException e) {
                status.setRollbackOnly();
                throw new BoundaryRejectedException(new BoundaryPreview(fileName, level, p.encoding(), p.features(),
                        List.of(new ImportProblem(0, "code", "有代码已被您辖区之外的区域使用，或违反了区划代码规则 / a code is taken "
                                + "outside your area or breaks the division-code rules", "核对代码")), p.repairs(), p.mapGeoJson()));
            }
            audit.record(AuditAction.IMPORT, "boundaries:" + level.id() + ":" + cut(fileName), inserted + " features, " + crs
                    + (p.repairs().isEmpty() ? "" : ", " + p.repairs().size() + " repaired"), clientIp);
            return inserted;
        });
        return n == null ? 0 : n;
    }

    private BoundaryPreview judge(BoundaryLevel level, String fileName, byte[] bytes, Charset charset,
                                  CoordinateSystem crs, boolean repair) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        BoundaryFiles.Read read;
        try {
            read = BoundaryFiles.read(fileName, bytes, charset);
        } catch (BoundaryFileException e) {
            problems.add(new ImportProblem(0, "file", e.getMessage(), "检查文件后重新上传"));
            return new BoundaryPreview(fileName, level, charset == null ? "" : charset.name(), 0, problems, repairs,
                    BoundaryPreview.NO_MAP);
        }
        List<BoundaryFeature> features = read.features();
        if (features.isEmpty()) {
            problems.add(new ImportProblem(0, "file", fileName + "：文件里没有要素 / no features", "检查文件"));
        }
        FeatureChecks.check(level, features, crs, problems);
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems.subList(MAX_PROBLEMS, problems.size()).clear();
            problems.add(new ImportProblem(0, "file", "另有 " + more + " 个问题未列出 / " + more + " more problems not listed",
                    "先修正上面的问题（多半是同一原因）"));
        }
        String map = BoundaryPreview.NO_MAP;
        if (problems.isEmpty()) {
            stage(level, features);
            spatial(level, repair, problems, repairs);
            map = jdbc.queryForObject(BoundarySql.MAP, String.class);
        }
        return new BoundaryPreview(fileName, level, read.encoding(), features.size(), problems, repairs, map);
    }

    private void stage(BoundaryLevel level, List<BoundaryFeature> features) {
        jdbc.execute("CREATE TEMP TABLE boundary_import (n int PRIMARY KEY, code text, name text, parent text, geom geometry)"
                + " ON COMMIT DROP");
        WKBWriter wkb = new WKBWriter();
        jdbc.batchUpdate("INSERT INTO boundary_import VALUES (?, ?, ?, ?, ST_SetSRID(ST_GeomFromWKB(?), 4326))", features, 1000,
                (ps, f) -> {
                    ps.setInt(1, f.number());
                    ps.setString(2, f.text("code"));
                    ps.setString(3, f.text("name"));
                    ps.setString(4, f.text(level.parentField()));
                    ps.setBytes(5, wkb.write(f.geometry()));
                });
    }

    private void spatial(BoundaryLevel level, boolean repair, List<ImportProblem> problems, List<String> repairs) {
        jdbc.query(BoundarySql.INVALID, rs -> {
            int n = rs.getInt(1);
            // relative to the repaired area: a self-intersecting ring's own area is meaningless (its lobes cancel)
            String change = String.format("%.0f 平方米（修复后面积的 %.1f%%）", rs.getDouble(5), rs.getDouble(3));
            if (repair) {
                repairs.add("第 " + n + " 个要素（" + rs.getString(4) + "）：" + rs.getString(2) + "，已用 ST_MakeValid 修复，面积变化 " + change);
            } else {
                problems.add(new ImportProblem(n, "geometry", "图形无效：" + rs.getString(2) + " / invalid geometry",
                        "勾选「修复无效图形」（修复后面积变化 " + change + "），或在 GIS 软件里修正"));
            }
        });
        if (repair) {
            jdbc.update(BoundarySql.REPAIR);
        }
        jdbc.query(BoundarySql.existing(level), rs -> {
            problems.add(new ImportProblem(rs.getInt(1), "code", "代码「" + rs.getString(2) + "」已存在 / code already exists",
                    "已有的区域不能重复导入"));
        });
        jdbc.query(BoundarySql.unknownParent(level), rs -> {
            problems.add(new ImportProblem(rs.getInt(1), level.parentField(), "上级代码「" + rs.getString(2)
                    + "」不存在或不在您的辖区 / unknown parent", "先导入上级区域，或核对代码"));
        });
        if (!problems.isEmpty()) {
            return;
        }
        jdbc.query(BoundarySql.outsideParent(level), rs -> {
            problems.add(new ImportProblem(rs.getInt(1), "geometry", String.format("有 %.1f%% 的面积在上级区域「%s」之外 / outside its parent",
                    rs.getDouble(3), rs.getString(2)), "核对坐标系（GCJ-02/BD-09 会偏移几百米）或上级代码"));
        });
        jdbc.query(BoundarySql.overlaps(level), rs -> {
            problems.add(new ImportProblem(rs.getInt(1), "geometry", String.format("与同级区域「%s」重叠 %.1f%% / overlaps a sibling",
                    rs.getString(2), rs.getDouble(3)), "修正相邻边界"));
        });
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
