package org.gridatlas.data.imports;

/** A ledger row that passed validation, with its location already converted to WGS84 (null when none was given). */
record ParsedHousehold(int row, String code, String villageCode, String address, String headName, String idNumber,
                       String phone, int size, Double lon, Double lat) {
}
