package org.gridatlas.data.request.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestStepRepository extends JpaRepository<RequestStep, Long> {

    List<RequestStep> findByRequestIdOrderByAtAscIdAsc(Long requestId);
}
