package org.gridatlas.data.dispute.service;

import java.util.List;

/**
 * A dispute 矛盾纠纷 to open: its kind (邻里纠纷, 土地纠纷, 婚姻家庭, …), summary, the households that are parties
 * (the first one's place is the dispute's place) and the mediator (optional). It starts at the group level 组.
 */
public record NewDispute(String kind, String summary, List<Long> partyHouseholdIds, Long mediatorId) {
}
