package org.gridatlas.data.household.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

    Optional<Household> findByCode(String code);

    List<Household> findByGridAreaIdOrderByCode(Long gridAreaId);
}
