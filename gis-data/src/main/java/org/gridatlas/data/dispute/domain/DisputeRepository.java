package org.gridatlas.data.dispute.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeRepository extends JpaRepository<Dispute, Long> {

    Optional<Dispute> findByCode(String code);
}
