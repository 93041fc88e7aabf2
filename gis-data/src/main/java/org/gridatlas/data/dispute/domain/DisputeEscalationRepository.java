package org.gridatlas.data.dispute.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeEscalationRepository extends JpaRepository<DisputeEscalation, Long> {

    List<DisputeEscalation> findByDisputeIdOrderByAtAscIdAsc(Long disputeId);
}
