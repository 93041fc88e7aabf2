package org.gridatlas.data.visit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    List<Visit> findTop20ByHouseholdIdOrderByVisitedAtDesc(Long householdId);
}
