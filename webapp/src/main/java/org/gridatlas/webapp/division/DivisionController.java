package org.gridatlas.webapp.division;

import java.util.List;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/divisions/{code}} and {@code GET /api/v1/divisions?parent=code}: the division tree in view. */
@RestController
class DivisionController {

    private final DivisionQuery divisions;

    DivisionController(DivisionQuery divisions) {
        this.divisions = divisions;
    }

    @GetMapping("/api/v1/divisions/{code}")
    ResponseEntity<DivisionNode> one(@PathVariable String code) {
        return ResponseEntity.of(divisions.find(AreaCode.of(code).code()));
    }

    @GetMapping("/api/v1/divisions")
    List<DivisionNode> children(@RequestParam(name = "parent", required = false) String parent) {
        AreaCode area = AreaCode.of(parent);
        return divisions.tree(area).stream()
                .filter(d -> area.code().isEmpty() ? d.level().equals("COUNTY") : area.code().equals(d.parentCode()))
                .toList();
    }
}
