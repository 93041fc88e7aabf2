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

/** 党员代办窗口 / 代办站 / 代办点: where residents bring requests. */
@Entity
@Table(name = "service_post")
public class ServicePost extends AbstractEntity {

    public static final int NAME_LENGTH = 80;

    @Column(name = "county_code", length = Division.COUNTY_CODE_LENGTH, nullable = false)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private PostKind kind;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "division_code", length = Division.CODE_LENGTH, nullable = false)
    private String divisionCode;

    @Column(name = "grid_area_id")
    private Long gridAreaId;

    @Column(name = "leader_id")
    private Long leaderId;

    @Column(name = "location", columnDefinition = "geometry(Point,4326)", nullable = false)
    private Point location;

    protected ServicePost() {
    }

    public ServicePost(PostKind kind, String name, String divisionCode, Point location) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.divisionCode = Objects.requireNonNull(divisionCode, "divisionCode");
        this.countyCode = Division.countyCodeOf(divisionCode);
        this.location = requireWgs84(Objects.requireNonNull(location, "location"));
    }

    public String getCountyCode() {
        return countyCode;
    }

    public PostKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
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

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Point getLocation() {
        return location;
    }

    public void setLocation(Point location) {
        this.location = requireWgs84(Objects.requireNonNull(location, "location"));
    }
}
