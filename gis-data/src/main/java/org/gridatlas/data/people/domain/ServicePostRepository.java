package org.gridatlas.data.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServicePostRepository extends JpaRepository<ServicePost, Long> {

    List<ServicePost> findByDivisionCodeOrderByKindAscNameAsc(String divisionCode);
}
