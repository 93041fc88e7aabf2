package org.gridatlas.data.imports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussKrugerTest {

    @Test
    void the_four_epsg_ranges_give_their_central_meridians_and_false_eastings() {
        assertThat(GaussKruger.byEpsg(4528)).isEqualTo(new GaussKruger(4528, 120, 40_500_000));
        assertThat(GaussKruger.byEpsg(4549)).isEqualTo(new GaussKruger(4549, 120, 500_000));
        assertThat(GaussKruger.byEpsg(4498)).isEqualTo(new GaussKruger(4498, 117, 20_500_000));
        assertThat(GaussKruger.byEpsg(4509)).isEqualTo(new GaussKruger(4509, 117, 500_000));
        assertThat(GaussKruger.byEpsg(4491).centralMeridian()).isEqualTo(75);
        assertThat(GaussKruger.byEpsg(4554).centralMeridian()).isEqualTo(135);
        assertThat(GaussKruger.byEpsg(3857)).isNull();
        assertThat(GaussKruger.byEpsg(4326)).isNull();
    }

    @Test
    void points_project_and_unproject_as_proj_does_within_a_millimetre() {
        // reference values from PostGIS / PROJ: ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4490), epsg)
        double[][] cases = {
                {4528, 120, 31, 40_500_000, 3_430_974.32340885},
                {4549, 121.4, 30.2, 634_815.7825943672, 3_343_112.844636155},
                {4498, 119.2, 31.5, 20_709_028.603122134, 3_488_508.668112001}};
        for (double[] c : cases) {
            GaussKruger z = GaussKruger.byEpsg((int) c[0]);
            double[] en = z.fromLonLat(c[1], c[2]);
            assertThat(en[0]).as("easting in %s", c[0]).isCloseTo(c[3], within(1e-3));
            assertThat(en[1]).as("northing in %s", c[0]).isCloseTo(c[4], within(1e-3));
            double[] ll = z.toLonLat(c[3], c[4]);
            assertThat(ll[0]).as("longitude in %s", c[0]).isCloseTo(c[1], within(1e-8));
            assertThat(ll[1]).as("latitude in %s", c[0]).isCloseTo(c[2], within(1e-8));
        }
    }

    @Test
    void projecting_and_unprojecting_a_point_of_the_zone_returns_it_within_a_millimetre() {
        for (int epsg : new int[] {4528, 4549, 4498, 4509}) {
            GaussKruger z = GaussKruger.byEpsg(epsg);
            for (double[] p : new double[][] {{119.35, 31.42}, {118.9, 31.1}, {121.4, 30.2}, {117.2, 33.9}}) {
                if (Math.abs(p[0] - z.centralMeridian()) > 3) {
                    continue; // outside the zone (a 6° zone reaches 3° either side)
                }
                double[] en = z.fromLonLat(p[0], p[1]);
                double[] back = z.toLonLat(en[0], en[1]);
                assertThat(back[0]).as("lon %s in %s", p[0], epsg).isCloseTo(p[0], within(1e-8));
                assertThat(back[1]).as("lat %s in %s", p[1], epsg).isCloseTo(p[1], within(1e-8));
            }
        }
    }

    static final String ESRI_4549 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @Test
    void a_prj_names_its_zone_by_parameters_or_epsg_code_and_other_projections_are_refused() {
        assertThat(GaussKruger.fromPrj("a.prj", ESRI_4549)).isEqualTo(new GaussKruger(0, 120, 500_000));
        assertThat(GaussKruger.fromPrj("a.prj", "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 40\",GEOGCS[\"China Geodetic "
                + "Coordinate System 2000\",AUTHORITY[\"EPSG\",\"4490\"]],PROJECTION[\"Transverse_Mercator\"],"
                + "AUTHORITY[\"EPSG\",\"4528\"]]")).isEqualTo(GaussKruger.byEpsg(4528));
        assertThat(GaussKruger.fromPrj("a.prj", "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"]]")).isNull();
        assertThat(GaussKruger.fromPrj("a.prj", null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GaussKruger.fromPrj("a.prj",
                        "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"],PROJECTION[\"Mercator_Auxiliary_Sphere\"]]"))
                .isInstanceOf(BoundaryFileException.class).hasMessageContaining("WGS_1984_Web_Mercator_Auxiliary_Sphere").hasMessageContaining("不受支持");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GaussKruger.fromPrj("a.prj", ESRI_4549.replace("\"Scale_Factor\",1.0", "\"Scale_Factor\",0.9996")))
                .isInstanceOf(BoundaryFileException.class);
    }
}
