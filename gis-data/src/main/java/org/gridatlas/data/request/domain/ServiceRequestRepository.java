package org.gridatlas.data.request.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long>,
        JpaSpecificationExecutor<ServiceRequest> {

    Optional<ServiceRequest> findByCode(String code);

    Optional<ServiceRequest> findByIdempotencyKey(String idempotencyKey);
}
