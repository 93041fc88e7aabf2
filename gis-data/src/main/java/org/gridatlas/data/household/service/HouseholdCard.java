package org.gridatlas.data.household.service;

/**
 * What a household popup or the API shows. Personal fields are masked unless {@code revealed} is true, which only
 * {@link HouseholdService#reveal} produces (audited).
 */
public record HouseholdCard(long id, String code, String villageCode, String address, int size, String headName,
                            String idNumber, String phone, boolean lowIncome, boolean disabled, boolean elderlyAlone,
                            boolean mustVisit, Double lon, Double lat, boolean revealed) {
}
