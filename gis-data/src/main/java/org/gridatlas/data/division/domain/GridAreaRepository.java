package org.gridatlas.data.division.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GridAreaRepository extends JpaRepository<GridArea, Long> {

    Optional<GridArea> findByCode(String code);

    List<GridArea> findByVillageCodeOrderByCode(String villageCode);
}
