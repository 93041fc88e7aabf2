package org.gridatlas.webapp.visit;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.fieldwork.Coverage;
import org.gridatlas.analytics.fieldwork.CoverageLevel;
import org.gridatlas.analytics.fieldwork.CoverageQuery;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.visit.service.DueVisit;
import org.gridatlas.data.visit.service.NewVisit;
import org.gridatlas.data.visit.service.VisitRecord;
import org.gridatlas.data.visit.service.VisitService;
import org.gridatlas.webapp.request.Enums;
import org.gridatlas.webapp.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visits over REST: {@code POST /api/v1/visits} logs one (optionally with a request or dispute it produced);
 * {@code GET /api/v1/visits/due} and {@code /must-visit} list an agent's households; {@code GET /api/v1/coverage}
 * answers visit coverage for an area and period ({@code from}/{@code to} as dates, Beijing time, {@code to} exclusive).
 */
@RestController
class VisitController {

    private final VisitService visits;
    private final CoverageQuery coverage;

    VisitController(VisitService visits, CoverageQuery coverage) {
        this.visits = visits;
        this.coverage = coverage;
    }

    @PostMapping("/api/v1/visits")
    ResponseEntity<VisitRecord> log(@RequestBody NewVisit body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为空");
        }
        VisitRecord v = visits.log(body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/visits/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/visits/due")
    List<DueVisit> due(@RequestParam(required = false) Long agentId) {
        return visits.dueFor(agent(agentId));
    }

    @GetMapping("/api/v1/visits/must-visit")
    List<DueVisit> mustVisit(@RequestParam(required = false) Long agentId) {
        return visits.mustVisit(agent(agentId));
    }

    @GetMapping("/api/v1/coverage")
    List<Coverage> coverage(@RequestParam(required = false) String area, @RequestParam String from,
                            @RequestParam String to, @RequestParam(required = false) String level) {
        CoverageLevel l = Enums.parse(CoverageLevel.class, "level", level, false);
        AreaCode a = area == null || area.isBlank() ? CurrentUser.viewArea() : AreaCode.of(area);
        Instant f = day("from", from);
        Instant t = day("to", to);
        if (!f.isBefore(t)) {
            throw new InvalidInputException("to", "结束日期须晚于开始日期");
        }
        return l == null ? coverage.coverage(a, f, t) : coverage.coverage(a, f, t, l);
    }

    private long agent(Long agentId) {
        if (agentId != null) {
            return agentId;
        }
        return visits.currentAgent()
                .orElseThrow(() -> new InvalidInputException("agentId", "当前账号未关联代办员，请指定 agentId"));
    }

    static Instant day(String field, String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(Deadlines.ZONE).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd，收到「" + value + "」");
        }
    }
}
