package org.gridatlas.data.request.service;

/** A household to pick in a form: id, code and address (no personal data). */
public record HouseholdChoice(long id, String code, String address, String villageCode) {

    public String label() {
        return code + "　" + address;
    }
}
