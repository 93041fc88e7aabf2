package org.gridatlas.data.request.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

    Optional<ServiceRequest> findByCode(String code);

    Optional<ServiceRequest> findByIdempotencyKey(String idempotencyKey);
}
