package org.gridatlas.data.division.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.locationtech.jts.geom.MultiPolygon;

/** 片区/网格: a grid area inside a village; its code starts with the village's code. */
@Entity
@Table(name = "grid_area")
public class GridArea extends AbstractEntity {

    public static final int CODE_LENGTH = 16;
    public static final int NAME_LENGTH = 64;
    public static final int MIN_VISIT_CYCLE_DAYS = 1;
    public static final int MAX_VISIT_CYCLE_DAYS = 365;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false)
    private String villageCode;

    /** Days between visits to every household; {@code null}: the default cycle applies. */
    @Column(name = "visit_cycle_days")
    private Integer visitCycleDays;

    @Column(name = "boundary", columnDefinition = "geometry(MultiPolygon,4326)", nullable = false)
    private MultiPolygon boundary;

    protected GridArea() {
    }

    public GridArea(String code, String name, String villageCode, MultiPolygon boundary) {
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        if (!code.startsWith(villageCode)) {
            throw new IllegalArgumentException("grid area code " + code + " must start with " + villageCode);
        }
        this.code = code;
        this.countyCode = Division.countyCodeOf(villageCode);
        this.name = Objects.requireNonNull(name, "name");
        this.boundary = requireWgs84(Objects.requireNonNull(boundary, "boundary"));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public Integer getVisitCycleDays() {
        return visitCycleDays;
    }

    public void setVisitCycleDays(Integer days) {
        if (days != null && (days < MIN_VISIT_CYCLE_DAYS || days > MAX_VISIT_CYCLE_DAYS)) {
            throw new IllegalArgumentException("visit cycle must be 1 to 365 days: " + days);
        }
        this.visitCycleDays = days;
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public void setBoundary(MultiPolygon boundary) {
        this.boundary = requireWgs84(Objects.requireNonNull(boundary, "boundary"));
    }
}
