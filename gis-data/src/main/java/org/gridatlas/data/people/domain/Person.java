package org.gridatlas.data.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;
import org.locationtech.jts.geom.Point;

/**
 * An agent 代办员, liaison 联络员 or supervisor 网格长. Name, ID number, phone and home are personal data:
 * never in {@link #toString()}.
 */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    public static final int CODE_LENGTH = 24;
    public static final int NAME_LENGTH = 40;
    public static final int ID_NUMBER_LENGTH = 18;
    public static final int PHONE_LENGTH = 20;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 12, nullable = false)
    private PersonRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 8, nullable = false)
    private PersonLevel level;

    /** The town or village they serve. */
    @Column(name = "division_code", length = Division.CODE_LENGTH, nullable = false)
    private String divisionCode;

    @Column(name = "grid_area_id")
    private Long gridAreaId;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "id_number", length = ID_NUMBER_LENGTH)
    private String idNumber;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "party_member", nullable = false)
    private boolean partyMember = true;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "home", columnDefinition = "geometry(Point,4326)")
    private Point home;

    protected Person() {
    }

    public Person(String code, PersonRole role, PersonLevel level, String divisionCode, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.role = Objects.requireNonNull(role, "role");
        this.level = Objects.requireNonNull(level, "level");
        this.divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        this.countyCode = Division.countyCodeOf(divisionCode);
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getCode() {
        return code;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public PersonRole getRole() {
        return role;
    }

    public PersonLevel getLevel() {
        return level;
    }

    public void setLevel(PersonLevel level) {
        this.level = Objects.requireNonNull(level, "level");
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public Long getGridAreaId() {
        return gridAreaId;
    }

    public void setGridAreaId(Long gridAreaId) {
        this.gridAreaId = gridAreaId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Point getHome() {
        return home;
    }

    public void setHome(Point home) {
        this.home = requireWgs84(home);
    }
}
