package org.gridatlas.data.request.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.base.PersonalData;
import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.domain.Rating;
import org.gridatlas.data.request.domain.RequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 台账 of requests and of visits for an area and period, in the column order a town office files, with
 * residents' names and phones masked ({@link PersonalData}). Row-level security limits them to the user's area.
 */
@Service
public class LedgerQueries {

    public static final int MAX_ROWS = 100_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Deadlines.ZONE);

    static final List<String> REQUEST_HEADERS = List.of("序号", "编号", "登记时间", "镇（街道）", "村（社区）", "户编号",
            "户主", "联系电话", "事项类别", "代办事项", "诉求内容", "来源", "件别", "代办员", "办理期限", "状态",
            "办结时间", "群众评价");
    static final List<String> VISIT_HEADERS = List.of("序号", "走访时间", "镇（街道）", "村（社区）", "户编号", "户主",
            "地址", "走访人", "民情日志", "标签", "定位精度（米）", "形成诉求", "形成纠纷");

    private static final String REQUESTS = """
            SELECT r.code, r.created_at, t.name, v.name, h.code, h.head_name, h.phone, i.category, i.item, r.description,
                   r.channel, r.case_type, p.name, r.deadline, r.status, r.closed_at, r.rating
            FROM service_request r
            JOIN division v ON v.code = r.village_code
            LEFT JOIN division t ON t.code = v.parent_code
            LEFT JOIN household h ON h.id = r.household_id
            JOIN request_item i ON i.id = r.item_id
            LEFT JOIN person p ON p.id = r.agent_id
            WHERE r.village_code LIKE ? AND r.created_at >= ? AND r.created_at < ?
            ORDER BY r.created_at, r.id
            LIMIT ?
            """;
    private static final String VISITS = """
            SELECT vi.visited_at, t.name, v.name, h.code, h.head_name, h.address, p.name, vi.note,
                   array_to_string(vi.tags, '、'), vi.accuracy_m, r.code, d.code
            FROM visit vi
            JOIN division v ON v.code = vi.village_code
            LEFT JOIN division t ON t.code = v.parent_code
            JOIN household h ON h.id = vi.household_id
            LEFT JOIN person p ON p.id = vi.agent_id
            LEFT JOIN service_request r ON r.id = vi.request_id
            LEFT JOIN dispute d ON d.id = vi.dispute_id
            WHERE vi.village_code LIKE ? AND vi.visited_at >= ? AND vi.visited_at < ?
            ORDER BY vi.visited_at, vi.id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Ledger requests(String area, Instant from, Instant to) {
        List<LedgerRow> rows = new ArrayList<>();
        jdbc.query(REQUESTS, (ResultSet rs) -> {
            rows.add(new LedgerRow(List.of(String.valueOf(rows.size() + 1), rs.getString(1), time(rs, 2), s(rs, 3),
                    s(rs, 4), s(rs, 5), PersonalData.maskName(rs.getString(6)), PersonalData.maskPhone(rs.getString(7)),
                    s(rs, 8), s(rs, 9), s(rs, 10), Channel.valueOf(rs.getString(11)).label(),
                    rs.getString(12) == null ? "" : CaseType.valueOf(rs.getString(12)).label(), s(rs, 13),
                    time(rs, 14), RequestStatus.valueOf(rs.getString(15)).label(), time(rs, 16),
                    rs.getString(17) == null ? "" : Rating.valueOf(rs.getString(17)).label())));
        }, prefix(area), Timestamp.from(from), Timestamp.from(to), MAX_ROWS + 1);
        return ledger("代办事项台账", REQUEST_HEADERS, rows);
    }

    @Transactional(readOnly = true)
    public Ledger visits(String area, Instant from, Instant to) {
        List<LedgerRow> rows = new ArrayList<>();
        jdbc.query(VISITS, (ResultSet rs) -> {
            Object accuracy = rs.getObject(10);
            rows.add(new LedgerRow(List.of(String.valueOf(rows.size() + 1), time(rs, 1), s(rs, 2), s(rs, 3), s(rs, 4),
                    PersonalData.maskName(rs.getString(5)), s(rs, 6), s(rs, 7), s(rs, 8), s(rs, 9),
                    accuracy == null ? "" : String.valueOf(Math.round(rs.getDouble(10))), s(rs, 11), s(rs, 12))));
        }, prefix(area), Timestamp.from(from), Timestamp.from(to), MAX_ROWS + 1);
        return ledger("走访台账", VISIT_HEADERS, rows);
    }

    private static Ledger ledger(String title, List<String> headers, List<LedgerRow> rows) {
        boolean truncated = rows.size() > MAX_ROWS;
        return new Ledger(title, headers, truncated ? rows.subList(0, MAX_ROWS) : rows, truncated);
    }

    private static String prefix(String area) {
        if (area == null || !area.matches("[0-9]{0,12}")) {
            throw new InvalidInputException("area", "区划代码应为数字，收到「" + area + "」");
        }
        return area + "%";
    }

    private static String s(ResultSet rs, int i) throws SQLException {
        String v = rs.getString(i);
        return v == null ? "" : v;
    }

    private static String time(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? "" : DATE.format(t.toInstant());
    }
}
