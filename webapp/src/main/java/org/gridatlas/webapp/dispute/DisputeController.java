package org.gridatlas.webapp.dispute;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.fieldwork.SettledShare;
import org.gridatlas.analytics.fieldwork.SettledShareQuery;
import org.gridatlas.data.dispute.domain.DisputeLevel;
import org.gridatlas.data.dispute.domain.DisputeOutcome;
import org.gridatlas.data.dispute.service.DisputeRecord;
import org.gridatlas.data.dispute.service.DisputeService;
import org.gridatlas.data.dispute.service.NewDispute;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.webapp.request.Enums;
import org.gridatlas.webapp.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disputes over REST: open ({@code POST /api/v1/disputes}), mediate, escalate with a reason, close with the result,
 * read one, and the share settled at or below the village for an area and period.
 */
@RestController
class DisputeController {

    private final DisputeService disputes;
    private final SettledShareQuery settled;

    DisputeController(DisputeService disputes, SettledShareQuery settled) {
        this.disputes = disputes;
        this.settled = settled;
    }

    record EscalationBody(String level, String reason) {
    }

    record CloseBody(String outcome) {
    }

    record MediateBody(Long mediatorId) {
    }

    @PostMapping("/api/v1/disputes")
    ResponseEntity<DisputeRecord> open(@RequestBody NewDispute body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为空");
        }
        DisputeRecord d = disputes.open(body);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/disputes/" + d.id())).body(d);
    }

    @PostMapping("/api/v1/disputes/{id}/mediation")
    DisputeRecord mediate(@PathVariable long id, @RequestBody(required = false) MediateBody body) {
        return disputes.mediate(id, body == null ? null : body.mediatorId());
    }

    @PostMapping("/api/v1/disputes/{id}/escalations")
    DisputeRecord escalate(@PathVariable long id, @RequestBody EscalationBody body) {
        DisputeLevel to = Enums.parse(DisputeLevel.class, "level", body == null ? null : body.level(), true);
        return disputes.escalate(id, to, body.reason());
    }

    @PostMapping("/api/v1/disputes/{id}/close")
    DisputeRecord close(@PathVariable long id, @RequestBody CloseBody body) {
        return disputes.close(id, Enums.parse(DisputeOutcome.class, "outcome", body == null ? null : body.outcome(), true));
    }

    @GetMapping("/api/v1/disputes/{id}")
    ResponseEntity<DisputeRecord> one(@PathVariable long id) {
        return ResponseEntity.of(disputes.get(id));
    }

    @GetMapping("/api/v1/disputes/settled-share")
    SettledShare share(@RequestParam(required = false) String area, @RequestParam String from, @RequestParam String to) {
        AreaCode a = area == null || area.isBlank() ? CurrentUser.viewArea() : AreaCode.of(area);
        return settled.share(a, day("from", from), day("to", to));
    }

    private static Instant day(String field, String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(Deadlines.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd，收到「" + value + "」");
        }
    }
}
