package org.gridatlas.data.imports.people;

/** One valid row of an agents and liaisons list, ready to insert (agentCode only for liaisons). */
record ParsedPerson(int row, String code, String name, String role, String level, String divisionCode, Long gridAreaId,
                    String phone, String idNumber, String agentCode) {
}
