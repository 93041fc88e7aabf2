package org.gridatlas.data.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.gridatlas.data.division.domain.Division;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import org.locationtech.jts.geom.Point;

/**
 * 户: a household, located by a point. Head name, ID number and phone are personal data (PIPL): shown masked
 * by default and never logged, so {@link #toString()} stays the inherited class-and-id form.
 */
@Entity
@Table(name = "household")
public class Household extends AbstractEntity {

    public static final int CODE_LENGTH = 24;
    public static final int ADDRESS_LENGTH = 200;
    public static final int HEAD_NAME_LENGTH = 40;
    public static final int ID_NUMBER_LENGTH = 18;
    public static final int PHONE_LENGTH = 20;
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 30;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false)
    private String villageCode;

    @Column(name = "grid_area_id")
    private Long gridAreaId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "address", length = ADDRESS_LENGTH, nullable = false)
    private String address;

    @Column(name = "size", nullable = false)
    private short size = 1;

    @Column(name = "head_name", length = HEAD_NAME_LENGTH, nullable = false)
    private String headName;

    @Column(name = "id_number", length = ID_NUMBER_LENGTH)
    private String idNumber;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    /** 低保/困难户. */
    @Column(name = "low_income", nullable = false)
    private boolean lowIncome;

    /** 残疾. */
    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    /** 独居老人. */
    @Column(name = "elderly_alone", nullable = false)
    private boolean elderlyAlone;

    /** 上访户. */
    @Column(name = "petitioner", nullable = false)
    private boolean petitioner;

    /** 老党员老干部. */
    @Column(name = "veteran_party_member", nullable = false)
    private boolean veteranPartyMember;

    /** 三必访, computed by the database (low income, petitioner or veteran party member); re-read after writes. */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "must_visit", insertable = false, updatable = false)
    private boolean mustVisit;

    @Column(name = "location", columnDefinition = "geometry(Point,4326)")
    private Point location;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Household() {
    }

    public Household(String code, String villageCode, String address, String headName, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        this.countyCode = Division.countyCodeOf(villageCode);
        this.address = Objects.requireNonNull(address, "address");
        this.headName = Objects.requireNonNull(headName, "headName");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getCode() {
        return code;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Long getGridAreaId() {
        return gridAreaId;
    }

    public void setGridAreaId(Long gridAreaId) {
        this.gridAreaId = gridAreaId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Objects.requireNonNull(address, "address");
    }

    public short getSize() {
        return size;
    }

    public void setSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("household size must be 1 to 30: " + size);
        }
        this.size = (short) size;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = Objects.requireNonNull(headName, "headName");
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

    public boolean isLowIncome() {
        return lowIncome;
    }

    public void setLowIncome(boolean lowIncome) {
        this.lowIncome = lowIncome;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public boolean isElderlyAlone() {
        return elderlyAlone;
    }

    public void setElderlyAlone(boolean elderlyAlone) {
        this.elderlyAlone = elderlyAlone;
    }

    public boolean isPetitioner() {
        return petitioner;
    }

    public void setPetitioner(boolean petitioner) {
        this.petitioner = petitioner;
    }

    public boolean isVeteranPartyMember() {
        return veteranPartyMember;
    }

    public void setVeteranPartyMember(boolean veteranPartyMember) {
        this.veteranPartyMember = veteranPartyMember;
    }

    /** The database's value, as of the last read or write (see the column's generation expression). */
    public boolean isMustVisit() {
        return mustVisit;
    }

    public Point getLocation() {
        return location;
    }

    public void setLocation(Point location) {
        this.location = requireWgs84(location);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
