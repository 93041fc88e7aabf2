package org.gridatlas.data.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of {@link DisputeParty}: (dispute, household). */
@Embeddable
public record DisputePartyId(
        @Column(name = "dispute_id", nullable = false) Long disputeId,
        @Column(name = "household_id", nullable = false) Long householdId) implements Serializable {

    public DisputePartyId {
        Objects.requireNonNull(disputeId, "disputeId");
        Objects.requireNonNull(householdId, "householdId");
    }
}
