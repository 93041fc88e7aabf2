package org.gridatlas.webapp.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.Ledger;
import org.gridatlas.data.request.service.LedgerQueries;
import org.gridatlas.webapp.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 台账 downloads: {@code GET /api/v1/ledger/requests.xlsx} and {@code /visits.xlsx} with {@code area}, {@code from},
 * {@code to} (dates, Beijing time, {@code to} inclusive). Personal data masked; every export audited as EXPORT.
 */
@RestController
class LedgerController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerQueries ledgers;
    private final AuditService audit;

    LedgerController(LedgerQueries ledgers, AuditService audit) {
        this.ledgers = ledgers;
        this.audit = audit;
    }

    @GetMapping("/api/v1/ledger/requests.xlsx")
    ResponseEntity<byte[]> requests(@RequestParam(required = false) String area, @RequestParam String from,
                                    @RequestParam String to, HttpServletRequest request) {
        return export("requests", area, from, to, request);
    }

    @GetMapping("/api/v1/ledger/visits.xlsx")
    ResponseEntity<byte[]> visits(@RequestParam(required = false) String area, @RequestParam String from,
                                  @RequestParam String to, HttpServletRequest request) {
        return export("visits", area, from, to, request);
    }

    private ResponseEntity<byte[]> export(String kind, String area, String from, String to, HttpServletRequest request) {
        String a = area == null || area.isBlank() ? CurrentUser.viewArea().code() : area.strip();
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        Instant start = f.atStartOfDay(Deadlines.ZONE).toInstant();
        Instant end = t.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant();
        Ledger ledger = kind.equals("requests") ? ledgers.requests(a, start, end) : ledgers.visits(a, start, end);
        byte[] xlsx = LedgerWorkbook.write(ledger, "区划：" + (a.isEmpty() ? "全部" : a) + "　期间：" + f + " 至 " + t);
        audit.record(AuditAction.EXPORT, "ledger:" + kind, a + " " + f + ".." + t + " " + ledger.rows().size() + " 行",
                request.getRemoteAddr());
        String name = ledger.title() + "-" + (a.isEmpty() ? "all" : a) + "-" + f + "-" + t + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd，收到「" + value + "」");
        }
    }
}
