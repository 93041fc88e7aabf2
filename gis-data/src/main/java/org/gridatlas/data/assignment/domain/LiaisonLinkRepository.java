package org.gridatlas.data.assignment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LiaisonLinkRepository extends JpaRepository<LiaisonLink, Long> {

    /** The household's current liaison link, if any. */
    Optional<LiaisonLink> findByHouseholdIdAndValidToIsNull(Long householdId);

    List<LiaisonLink> findByLiaisonIdAndValidToIsNull(Long liaisonId);

    List<LiaisonLink> findByHouseholdIdOrderByValidFrom(Long householdId);
}
