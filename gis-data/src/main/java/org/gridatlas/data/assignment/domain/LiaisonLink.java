package org.gridatlas.data.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Household → liaison 联络员 (each liaison links 5-15 households). */
@Entity
@Table(name = "liaison_link")
public class LiaisonLink extends AbstractLink {

    @Column(name = "household_id", nullable = false, updatable = false)
    private Long householdId;

    @Column(name = "liaison_id", nullable = false, updatable = false)
    private Long liaisonId;

    protected LiaisonLink() {
    }

    public LiaisonLink(String countyCode, Long householdId, Long liaisonId, Instant validFrom, String changedBy,
            String reason) {
        super(countyCode, validFrom, changedBy, reason);
        this.householdId = Objects.requireNonNull(householdId, "householdId");
        this.liaisonId = Objects.requireNonNull(liaisonId, "liaisonId");
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }
}
