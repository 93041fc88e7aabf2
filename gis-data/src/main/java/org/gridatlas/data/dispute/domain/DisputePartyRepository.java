package org.gridatlas.data.dispute.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputePartyRepository extends JpaRepository<DisputeParty, DisputePartyId> {

    List<DisputeParty> findByIdDisputeId(Long disputeId);

    List<DisputeParty> findByIdHouseholdId(Long householdId);
}
