package org.gridatlas.data.request.service;

import org.gridatlas.data.request.domain.Channel;

/** An intake 点单: the household, the catalogue item, what the resident asks for and how it reached us. */
public record NewRequest(Long householdId, Integer itemId, String description, Channel channel, String idempotencyKey) {
}
