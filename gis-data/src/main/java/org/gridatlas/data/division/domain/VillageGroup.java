package org.gridatlas.data.division.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.gridatlas.data.base.domain.AbstractEntity;
import org.locationtech.jts.geom.MultiPolygon;

/** 村民小组/居民小区: a group of households inside a grid area. */
@Entity
@Table(name = "village_group")
public class VillageGroup extends AbstractEntity {

    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 64;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
    private String code;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Column(name = "village_code", length = Division.CODE_LENGTH, nullable = false)
    private String villageCode;

    @Column(name = "grid_area_id", nullable = false)
    private Long gridAreaId;

    @Column(name = "boundary", columnDefinition = "geometry(MultiPolygon,4326)", nullable = false)
    private MultiPolygon boundary;

    protected VillageGroup() {
    }

    public VillageGroup(String code, String name, String villageCode, Long gridAreaId, MultiPolygon boundary) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.villageCode = Objects.requireNonNull(villageCode, "villageCode");
        this.countyCode = Division.countyCodeOf(villageCode);
        this.gridAreaId = Objects.requireNonNull(gridAreaId, "gridAreaId");
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

    public Long getGridAreaId() {
        return gridAreaId;
    }

    /** Moves the group to another grid area of the same village (areas get redrawn). */
    public void setGridAreaId(Long gridAreaId) {
        this.gridAreaId = Objects.requireNonNull(gridAreaId, "gridAreaId");
    }

    public MultiPolygon getBoundary() {
        return boundary;
    }

    public void setBoundary(MultiPolygon boundary) {
        this.boundary = requireWgs84(Objects.requireNonNull(boundary, "boundary"));
    }
}
