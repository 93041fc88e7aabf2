package org.gridatlas.data.assignment.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the capacity rules from {@code gridatlas.assignment.*}, defaulting to the seed figures. */
@Configuration
class CapacityConfig {

    @Bean
    CapacityRules capacityRules(
            @Value("${gridatlas.assignment.liaison-min-households:5}") int liaisonMin,
            @Value("${gridatlas.assignment.liaison-max-households:15}") int liaisonMax,
            @Value("${gridatlas.assignment.area-min-agents:5}") int areaMin,
            @Value("${gridatlas.assignment.area-max-agents:8}") int areaMax,
            @Value("${gridatlas.assignment.agent-min-liaisons:5}") int agentMin,
            @Value("${gridatlas.assignment.agent-max-liaisons:8}") int agentMax) {
        return new CapacityRules(liaisonMin, liaisonMax, areaMin, areaMax, agentMin, agentMax);
    }
}
