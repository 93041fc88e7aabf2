package org.gridatlas.data.division.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageGroupRepository extends JpaRepository<VillageGroup, Long> {

    Optional<VillageGroup> findByCode(String code);

    List<VillageGroup> findByGridAreaIdOrderByCode(Long gridAreaId);
}
