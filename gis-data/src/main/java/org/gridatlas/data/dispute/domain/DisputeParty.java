package org.gridatlas.data.dispute.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Objects;
import org.gridatlas.data.division.domain.Division;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Persistable;

/** A household that is a party to a dispute. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty implements Persistable<DisputePartyId> {

    @EmbeddedId
    private DisputePartyId id;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false, updatable = false)
    private String countyCode;

    /** Lets Spring Data insert directly instead of merging (the key is assigned). */
    @Transient
    private boolean isNew = true;

    protected DisputeParty() {
    }

    public DisputeParty(Dispute dispute, Long householdId) {
        this.id = new DisputePartyId(Objects.requireNonNull(dispute.getId(), "dispute must be saved first"),
                householdId);
        this.countyCode = dispute.getCountyCode();
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    @Override
    public DisputePartyId getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public Long getDisputeId() {
        return id.disputeId();
    }

    public Long getHouseholdId() {
        return id.householdId();
    }

    public String getCountyCode() {
        return countyCode;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((DisputeParty) other).getId());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "DisputeParty#" + id;
    }
}
