package org.gridatlas.data.assignment.service;

/**
 * The capacity rules of assignment, in one place (seed figures: a liaison links 5-15 households, a grid area has
 * 5-8 agents, an agent links 5-8 liaisons). Configurable through {@code gridatlas.assignment.*}; the UI shows a
 * breach as a warning, the auto-balancer treats the household range as hard bounds where the area allows it.
 */
public record CapacityRules(int liaisonMinHouseholds, int liaisonMaxHouseholds, int areaMinAgents, int areaMaxAgents,
        int agentMinLiaisons, int agentMaxLiaisons) {

    public static final CapacityRules SEED = new CapacityRules(5, 15, 5, 8, 5, 8);

    public CapacityRules {
        check("liaison households", liaisonMinHouseholds, liaisonMaxHouseholds);
        check("grid-area agents", areaMinAgents, areaMaxAgents);
        check("agent liaisons", agentMinLiaisons, agentMaxLiaisons);
    }

    private static void check(String what, int min, int max) {
        if (min < 0 || max < 1 || min > max) {
            throw new IllegalArgumentException("capacity range of " + what + " must satisfy 0 <= min <= max, 1 <= max: "
                    + min + "-" + max);
        }
    }

    public boolean liaisonOutOfRange(long households) {
        return households < liaisonMinHouseholds || households > liaisonMaxHouseholds;
    }

    public boolean agentOutOfRange(long liaisons) {
        return liaisons < agentMinLiaisons || liaisons > agentMaxLiaisons;
    }

    public boolean areaOutOfRange(long agents) {
        return agents < areaMinAgents || agents > areaMaxAgents;
    }
}
