package org.gridatlas.data.imports.people;

/** What an area code in the list names: a town, a village, or a grid area (with its village and id). */
record PersonArea(String code, String divisionCode, Long gridAreaId, String kind) {

    boolean town() {
        return "TOWN".equals(kind);
    }
}
