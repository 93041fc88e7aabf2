package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * County, towns and villages: real codes and names from the reference CSV, generated seats and polygons
 * (nested Voronoi cells clipped to the real county outline).
 */
final class DivisionGenerator {

    static final String COUNTY = "COUNTY";
    static final String TOWN = "TOWN";
    static final String VILLAGE = "VILLAGE";

    private final ProfileSpec spec;
    private final SplittableRandom rnd;

    DivisionGenerator(ProfileSpec spec, long seed) {
        this.spec = spec;
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0001L);
    }

    /** Town-level codes ending 400 and above (prisons, farms, zones) hold no households. */
    static boolean holdsHouseholds(String code) {
        return Integer.parseInt(code.substring(code.length() - 3)) < 400;
    }

    /** 街道 (codes ending 001-099) are urban: small, dense cells around the county seat. */
    static boolean urban(String townCode) {
        return Integer.parseInt(townCode.substring(6, 9)) < 100;
    }

    static boolean community(String name) {
        return name.endsWith("居委会") || name.endsWith("社区");
    }

    /**
     * Every county of the reference CSV that has an outline: one outline file holds one county (its first feature)
     * or several counties (features named after them, as for 宿州市); county-level units without an outline
     * (development zones) are left out with their towns and villages.
     */
    void generate(DemoModel model) {
        List<ReferenceData.DivisionRef> refs = ReferenceData.divisions(spec.divisionsResource());
        List<ReferenceData.DivisionRef> counties = refs.stream().filter(r -> r.level().equals("county")).toList();
        java.util.Map<String, Geometry> outlines = ReferenceData.outlines(spec.boundaryResource());
        for (ReferenceData.DivisionRef county : counties) {
            Geometry outline = outlines.size() == 1 && counties.size() == 1
                    ? outlines.values().iterator().next() : outlines.get(county.name());
            if (outline != null) {
                county(model, refs, county, outline);
            }
        }
    }

    private void county(DemoModel model, List<ReferenceData.DivisionRef> refs, ReferenceData.DivisionRef county,
                        Geometry outline) {
        PreparedGeometry preparedOutline = PreparedGeometryFactory.prepare(outline);
        Coordinate centre = new Coordinate(spec.centreLon(), spec.centreLat());
        if (!preparedOutline.containsProperly(Geo.point(centre.x, centre.y))) {
            centre = outline.getInteriorPoint().getCoordinate();
        }
        int first = model.divisions.size() + 1;
        model.divisions.add(new DemoModel.Division(county.code(), COUNTY, null, county.name(), true, false,
                centre, Geo.multi(outline)));

        List<ReferenceData.DivisionRef> towns = refs.stream()
                .filter(r -> r.level().equals("town") && r.parentCode().equals(county.code())).toList();
        List<ReferenceData.DivisionRef> active = towns.stream().filter(t -> holdsHouseholds(t.code())).toList();
        List<PolygonPartitioner.Hint> hints = new ArrayList<>();
        List<Coordinate> fixed = new ArrayList<>();
        double urbanSigma = Geo.degLat(2_500);
        for (ReferenceData.DivisionRef t : active) {
            hints.add(urban(t.code()) ? new PolygonPartitioner.Hint(centre, urbanSigma) : PolygonPartitioner.Hint.UNIFORM);
            boolean pinned = t.code().equals(spec.onlyTownCode())
                    && preparedOutline.containsProperly(Geo.point(spec.onlyTownLon(), spec.onlyTownLat()));
            fixed.add(pinned ? new Coordinate(spec.onlyTownLon(), spec.onlyTownLat()) : null);
        }
        double spacing = 0.55 * Geo.width(outline) / Math.sqrt(active.size());
        // the CSV lists the streets first, so their seats are placed first and rural seats keep their distance
        List<Coordinate> seats = PolygonPartitioner.seats(preparedOutline, hints, fixed, spacing, rnd);
        List<MultiPolygon> cells = PolygonPartitioner.cells(outline, seats);

        for (ReferenceData.DivisionRef t : towns) {
            if (spec.onlyTownCode() != null && !spec.onlyTownCode().equals(t.code())) {
                continue;
            }
            int i = active.indexOf(t);
            if (i >= 0) {
                model.divisions.add(new DemoModel.Division(t.code(), TOWN, county.code(), t.name(), true, false,
                        seats.get(i), cells.get(i)));
            } else {
                model.divisions.add(new DemoModel.Division(t.code(), TOWN, county.code(), t.name(), false, false,
                        Geo.uniformIn(preparedOutline, rnd, 10_000), null));
            }
        }
        List<DemoModel.Division> loadedTowns = List.copyOf(model.divisions.subList(first, model.divisions.size()));
        for (DemoModel.Division town : loadedTowns) {
            List<ReferenceData.DivisionRef> villages = refs.stream()
                    .filter(r -> r.level().equals("village") && r.parentCode().equals(town.code())).toList();
            villages(model, town, villages, preparedOutline);
        }
    }

    private void villages(DemoModel model, DemoModel.Division town, List<ReferenceData.DivisionRef> villages,
                          PreparedGeometry outline) {
        if (!town.holdsHouseholds()) {
            for (ReferenceData.DivisionRef v : villages) {
                model.divisions.add(new DemoModel.Division(v.code(), VILLAGE, town.code(), v.name(), false,
                        community(v.name()), Geo.uniformIn(outline, rnd, 10_000), null));
            }
            return;
        }
        PreparedGeometry parent = PreparedGeometryFactory.prepare(town.boundary());
        double width = Geo.width(town.boundary());
        List<PolygonPartitioner.Hint> hints = new ArrayList<>();
        for (ReferenceData.DivisionRef v : villages) {
            hints.add(community(v.name())
                    ? new PolygonPartitioner.Hint(town.seat(), 0.18 * width)
                    : PolygonPartitioner.Hint.UNIFORM);
        }
        double spacing = 0.5 * width / Math.sqrt(villages.size());
        List<Coordinate> seats = PolygonPartitioner.seats(parent, hints, null, spacing, rnd);
        List<MultiPolygon> cells = PolygonPartitioner.cells(town.boundary(), seats);
        for (int i = 0; i < villages.size(); i++) {
            ReferenceData.DivisionRef v = villages.get(i);
            model.divisions.add(new DemoModel.Division(v.code(), VILLAGE, town.code(), v.name(), true,
                    community(v.name()), seats.get(i), cells.get(i)));
        }
    }
}
