package org.gridatlas.data.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Liaison 联络员 → agent 代办员 (each agent links 5-8 liaisons). */
@Entity
@Table(name = "agent_link")
public class AgentLink extends AbstractLink {

    @Column(name = "liaison_id", nullable = false, updatable = false)
    private Long liaisonId;

    @Column(name = "agent_id", nullable = false, updatable = false)
    private Long agentId;

    protected AgentLink() {
    }

    public AgentLink(String countyCode, Long liaisonId, Long agentId, Instant validFrom, String changedBy,
            String reason) {
        super(countyCode, validFrom, changedBy, reason);
        this.liaisonId = Objects.requireNonNull(liaisonId, "liaisonId");
        this.agentId = Objects.requireNonNull(agentId, "agentId");
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public Long getAgentId() {
        return agentId;
    }
}
