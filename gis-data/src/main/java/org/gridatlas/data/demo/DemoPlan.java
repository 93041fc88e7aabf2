package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.List;

/** How many households each group gets and how many liaisons and agents each grid area gets (by id order). */
final class DemoPlan {
    final List<Integer> groupHouseholds = new ArrayList<>();
    final List<Integer> areaLiaisons = new ArrayList<>();
    final List<Integer> areaAgents = new ArrayList<>();
}
