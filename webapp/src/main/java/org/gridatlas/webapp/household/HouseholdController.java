package org.gridatlas.webapp.household;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gridatlas.data.household.service.HouseholdCard;
import org.gridatlas.data.household.service.HouseholdService;
import org.gridatlas.data.household.service.RevealRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/households/{id}}: the household card, masked. {@code POST /api/v1/households/{id}/reveal}
 * with {@code {"reason": "…"}}: unmasked for a permitted role, audited. Households outside the user's area: 404.
 */
@RestController
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @GetMapping("/api/v1/households/{id}")
    ResponseEntity<HouseholdCard> card(@PathVariable long id) {
        return ResponseEntity.of(households.card(id));
    }

    @PostMapping("/api/v1/households/{id}/reveal")
    ResponseEntity<HouseholdCard> reveal(@PathVariable long id, @RequestBody(required = false) Map<String, String> body,
                                         HttpServletRequest request) {
        String reason = body == null ? null : body.get("reason");
        return ResponseEntity.of(households.reveal(id, reason, request.getRemoteAddr()));
    }

    @ExceptionHandler(RevealRefusedException.class)
    ResponseEntity<Map<String, String>> refused(RevealRefusedException e) {
        HttpStatus status = e.getMessage().startsWith("role") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", e.getMessage()));
    }
}
