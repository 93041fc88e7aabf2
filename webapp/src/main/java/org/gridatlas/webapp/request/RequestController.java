package org.gridatlas.webapp.request;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.domain.Rating;
import org.gridatlas.data.request.domain.RequestStatus;
import org.gridatlas.data.request.domain.RequestStepKind;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NewRequest;
import org.gridatlas.data.request.service.RequestDetail;
import org.gridatlas.data.request.service.RequestPage;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestService;
import org.gridatlas.data.request.service.StepCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests over REST: {@code POST /api/v1/requests} (an {@code Idempotency-Key} header makes retries safe),
 * {@code POST /api/v1/requests/{id}/steps}, {@code POST /api/v1/requests/{id}/rating},
 * {@code GET /api/v1/requests?area=&status=&page=&size=}, {@code GET /api/v1/requests/{id}}. Row-level security
 * scopes everything to the caller's area; errors are {@code {"errors":[{"field":…,"message":…}]}}.
 */
@RestController
class RequestController {

    private final RequestService service;
    private final RequestQueries queries;

    RequestController(RequestService service, RequestQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    record CreateBody(Long householdId, Integer itemId, String description, String channel) {
    }

    record StepBody(String step, String caseType, Long agentId, String rating, String note, Integer version) {
    }

    record RatingBody(String rating, String note, Integer version) {
    }

    @PostMapping("/api/v1/requests")
    ResponseEntity<RequestDetail> create(@RequestBody CreateBody body,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为空");
        }
        Channel channel = Enums.parse(Channel.class, "channel", body.channel(), false);
        var created = service.create(new NewRequest(body.householdId(), body.itemId(), body.description(), channel, key));
        RequestDetail r = created.request();
        var response = ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/requests/" + r.summary().id()));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(r);
    }

    @PostMapping("/api/v1/requests/{id}/steps")
    RequestDetail step(@PathVariable long id, @RequestBody StepBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为空");
        }
        List<FieldProblem> problems = new ArrayList<>();
        RequestStepKind step = Enums.collect(RequestStepKind.class, "step", body.step(), true, problems);
        CaseType caseType = Enums.collect(CaseType.class, "caseType", body.caseType(), false, problems);
        Rating rating = Enums.collect(Rating.class, "rating", body.rating(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return service.advance(id, new StepCommand(step, caseType, body.agentId(), rating, body.note(), body.version()));
    }

    @PostMapping("/api/v1/requests/{id}/rating")
    RequestDetail rate(@PathVariable long id, @RequestBody RatingBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求体不能为空");
        }
        Rating rating = Enums.parse(Rating.class, "rating", body.rating(), true);
        return service.advance(id, new StepCommand(RequestStepKind.RATE, null, null, rating, body.note(), body.version()));
    }

    record DispatchBody(Long agentId) {
    }

    /** 派单: hands an open request to another agent (person id) of the area. */
    @PostMapping("/api/v1/requests/{id}/dispatch")
    RequestDetail dispatch(@PathVariable long id, @RequestBody DispatchBody body) {
        if (body == null || body.agentId() == null) {
            throw new InvalidInputException("agentId", "请指定代办员");
        }
        return service.dispatch(id, body.agentId());
    }

    @GetMapping("/api/v1/requests")
    RequestPage list(@RequestParam(required = false) String area, @RequestParam(required = false) String status,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.list(area, Enums.parse(RequestStatus.class, "status", status, false), page, size);
    }

    @GetMapping("/api/v1/requests/{id}")
    ResponseEntity<RequestDetail> one(@PathVariable long id) {
        return ResponseEntity.of(queries.find(id));
    }
}
