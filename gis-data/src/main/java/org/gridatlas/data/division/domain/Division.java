package org.gridatlas.data.division.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.hibernate.Hibernate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.data.domain.Persistable;

/**
 * 行政区划: county 县(市、区), town 镇(街道) or village 村(社区), keyed by its statistics code (GB/T 2260 and
 * the 12-digit village codes). A lower level's code starts with its parent's, and every code starts with
 * its county's 6-digit code.
 */
@Entity
@Table(name = "division")
public class Division implements Persistable<String> {

    public static final int CODE_LENGTH = 12;
    public static final int COUNTY_CODE_LENGTH = 6;
    public static final int NAME_LENGTH = 64;

    @Id
    @Column(name = "code", length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 8, nullable = false)
    private DivisionLevel level;

    @Column(name = "parent_code", length = CODE_LENGTH)
    private String parentCode;

    @Column(name = "county_code", length = COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "holds_households", nullable = false)
    private boolean holdsHouseholds = true;

    @Column(name = "seat", columnDefinition = "geometry(Point,4326)")
    private Point seat;

    @Column(name = "boundary", columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon boundary;

    @Column(name = "area_km2")
    private Double areaKm2;

    /** Lets Spring Data insert a new division directly instead of merging (the key is assigned, not generated). */
    @Transient
    private boolean isNew = true;

    protected Division() {
    }

    /**
     * @param parentCode the parent's code; {@code null} for a county (the table holds no prefecture level)
     */
    public Division(String code, DivisionLevel level, String parentCode, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.level = Objects.requireNonNull(level, "level");
        this.countyCode = countyCodeOf(code);
        if (parentCode != null && level != DivisionLevel.COUNTY && !code.startsWith(parentCode)) {
            throw new IllegalArgumentException("code " + code + " must start with its parent's code " + parentCode);
        }
        this.parentCode = parentCode;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The county part (first 6 digits) of any division, area, group or household code. */
    public static String countyCodeOf(String code) {
        if (code == null || code.length() < COUNTY_CODE_LENGTH) {
            throw new IllegalArgumentException("not a division code: " + code);
        }
        return code.substring(0, COUNTY_CODE_LENGTH);
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getCode() {
        return code;
    }

    public DivisionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public boolean isHoldsHouseholds() {
        return holdsHouseholds;
    }

    public void setHoldsHouseholds(boolean holdsHouseholds) {
        this.holdsHouseholds = holdsHouseholds;
    }

    public Point getSeat() {
        return seat;
    }

    public void setSeat(Point seat) {
        this.seat = AbstractEntity.requireWgs84(seat);
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public void setBoundary(MultiPolygon boundary) {
        this.boundary = AbstractEntity.requireWgs84(boundary);
    }

    public Double getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(Double areaKm2) {
        this.areaKm2 = areaKm2;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return code != null && code.equals(((Division) other).getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "Division#" + code;
    }
}
