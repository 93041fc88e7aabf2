package org.gridatlas.data.assignment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentLinkRepository extends JpaRepository<AgentLink, Long> {

    /** The liaison's current agent link, if any. */
    Optional<AgentLink> findByLiaisonIdAndValidToIsNull(Long liaisonId);

    List<AgentLink> findByAgentIdAndValidToIsNull(Long agentId);

    List<AgentLink> findByLiaisonIdOrderByValidFrom(Long liaisonId);
}
