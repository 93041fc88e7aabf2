package org.gridatlas.data.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Households: points inside their group (and so inside grid area, village and town), mostly clustered around
 * the group's centre, some scattered; invented names, valid ID numbers, mobiles and vulnerability flags.
 */
final class HouseholdGenerator {

    static final double LOW_INCOME = 0.03;
    static final double DISABLED = 0.02;
    static final double ELDERLY_ALONE = 0.04;
    static final double PETITIONER = 0.005;
    static final double VETERAN = 0.02;
    static final double MISSING_LOCATION = 0.002;
    private static final double CLUSTERED = 0.72;

    private final SplittableRandom rnd;
    private final Map<Object, PreparedGeometry> prepared = new HashMap<>(); // cache only, never iterated

    HouseholdGenerator(long seed) {
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0003L);
    }

    void generate(DemoModel model, DemoPlan plan) {
        Map<String, DemoModel.Division> byCode = new HashMap<>();
        model.divisions.forEach(d -> byCode.put(d.code(), d));
        LocalDate asOf = model.period.today();
        for (DemoModel.Group group : model.groups) {
            DemoModel.GridArea area = model.gridArea(group.gridAreaId());
            DemoModel.Division village = byCode.get(group.villageCode());
            DemoModel.Division town = byCode.get(village.parentCode());
            PreparedGeometry[] shells = {
                prepare(group.code(), group.boundary()), prepare(area.code(), area.boundary()),
                prepare(village.code(), village.boundary()), prepare(town.code(), town.boundary())};
            double sigma = village.community() ? 120 : 260;
            String place = town.name() + GridGenerator.shortName(village.name()) + group.name().substring(
                    GridGenerator.shortName(village.name()).length());
            int count = plan.groupHouseholds.get((int) group.id() - 1);
            for (int n = 1; n <= count; n++) {
                Coordinate at = rnd.nextDouble() < MISSING_LOCATION ? null : locate(group, shells, sigma);
                add(model, group, place, n, at, asOf);
            }
            prepared.remove(group.code());
        }
    }

    private void add(DemoModel model, DemoModel.Group group, String place, int n, Coordinate at, LocalDate asOf) {
        boolean elderlyAlone = rnd.nextDouble() < ELDERLY_ALONE;
        boolean male = rnd.nextDouble() < (elderlyAlone ? 0.45 : 0.75);
        int age = elderlyAlone ? 70 + rnd.nextInt(23) : 26 + (int) Math.min(62, Math.abs(Geo.gaussian(rnd)) * 22 + rnd.nextInt(12));
        LocalDate birth = asOf.minusYears(age).minusDays(rnd.nextInt(365));
        int seq = rnd.nextInt(500) * 2 + (male ? 1 : 0);
        String id = IdNumbers.of(model.spec.countyCode(), birth, seq);
        String phone = rnd.nextDouble() < (elderlyAlone ? 0.7 : 0.96) ? ChineseNames.mobile(rnd) : null;
        int size = elderlyAlone ? 1 : size();
        long householdId = model.households.size() + 1L;
        long created = model.period.startSecond() - 86_400L * (30 + rnd.nextInt(1_000)) + rnd.nextInt(36_000) + 28_800;
        model.households.add(new DemoModel.Household(householdId, group.code() + String.format("%04d", n),
                group.villageCode(), group.gridAreaId(), group.id(), place + n + "号", size,
                ChineseNames.name(male, rnd), id, phone,
                rnd.nextDouble() < LOW_INCOME, rnd.nextDouble() < DISABLED, elderlyAlone,
                rnd.nextDouble() < PETITIONER, rnd.nextDouble() < VETERAN,
                at == null ? Double.NaN : at.x, at == null ? Double.NaN : at.y, created));
    }

    private int size() {
        double u = rnd.nextDouble();
        return u < 0.10 ? 1 : u < 0.35 ? 2 : u < 0.65 ? 3 : u < 0.85 ? 4 : u < 0.95 ? 5 : 6;
    }

    private Coordinate locate(DemoModel.Group group, PreparedGeometry[] shells, double sigma) {
        boolean clustered = rnd.nextDouble() < CLUSTERED;
        for (int attempt = 0; attempt < 200; attempt++) {
            Coordinate c = clustered && attempt < 100
                    ? Geo.around(group.seat(), sigma, rnd)
                    : Geo.uniformIn(shells[0], rnd, 1);
            if (c != null && inside(c, shells)) {
                return c;
            }
        }
        // tiny or slender group: the seat itself is inside all four shells
        return inside(group.seat(), shells) ? new Coordinate(group.seat()) : null;
    }

    private static boolean inside(Coordinate c, PreparedGeometry[] shells) {
        Geometry p = Geo.point(c.x, c.y);
        for (PreparedGeometry s : shells) {
            if (!s.containsProperly(p)) {
                return false;
            }
        }
        return true;
    }

    private PreparedGeometry prepare(String code, Geometry g) {
        return prepared.computeIfAbsent(code, k -> PreparedGeometryFactory.prepare(g));
    }
}
