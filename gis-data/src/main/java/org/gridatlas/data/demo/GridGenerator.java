package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Grid areas 片区 and groups 村民小组/居民小区 inside each village (Voronoi cells of generated seats), and the
 * plan of how many households, liaisons and agents each of them gets.
 */
final class GridGenerator {

    static final int VISIT_CYCLE_DAYS = 14;
    /** Households per grid area above which Liyang villages get another area. */
    private static final int MAX_AREA_HOUSEHOLDS = 700;
    static final int MIN_AGENTS = 5;
    static final int MAX_AGENTS = 8;
    static final int MAX_LIAISONS_PER_AGENT = 8;

    private final ProfileSpec spec;
    private final SplittableRandom rnd;

    GridGenerator(ProfileSpec spec, long seed) {
        this.spec = spec;
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0002L);
    }

    static String shortName(String villageName) {
        if (villageName.endsWith("村委会")) {
            return villageName.substring(0, villageName.length() - 3);
        }
        if (villageName.endsWith("居委会")) {
            String base = villageName.substring(0, villageName.length() - 3);
            return base.endsWith("社区") ? base : base + "社区";
        }
        return villageName;
    }

    void generate(DemoModel model, DemoPlan plan) {
        List<DemoModel.Division> villages = model.divisions.stream()
                .filter(d -> d.level().equals(DivisionGenerator.VILLAGE) && d.holdsHouseholds()).toList();
        int[] villageHouseholds = villageHouseholds(villages);
        int[] areaCounts = areaCounts(villages, villageHouseholds);
        List<Integer> areaHouseholds = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            int[] split = Apportion.split(villageHouseholds[v], weights(areaCounts[v], 0.75, 1.25), 0);
            for (int h : split) {
                areaHouseholds.add(h);
            }
        }
        int[] groupCounts = groupCounts(areaHouseholds);
        int area = 0;
        for (int v = 0; v < villages.size(); v++) {
            DemoModel.Division village = villages.get(v);
            Cells areas = split(village.boundary(), areaCounts[v]);
            int groupInVillage = 0;
            for (int a = 0; a < areaCounts[v]; a++, area++) {
                long areaId = model.gridAreas.size() + 1L;
                String areaCode = village.code() + String.format("%03d", a + 1);
                MultiPolygon areaCell = areas.cells().get(a);
                model.gridAreas.add(new DemoModel.GridArea(areaId, areaCode,
                        shortName(village.name()) + "第" + (a + 1) + "片区", village.code(), VISIT_CYCLE_DAYS,
                        areas.seats().get(a), areaCell));
                int households = areaHouseholds.get(area);
                plan.areaLiaisons.add(liaisons(households));
                int[] perGroup = Apportion.split(households, weights(groupCounts[area], 0.7, 1.3), 0);
                Cells groupCells = split(areaCell, groupCounts[area]);
                for (int g = 0; g < groupCounts[area]; g++) {
                    groupInVillage++;
                    long groupId = model.groups.size() + 1L;
                    String name = shortName(village.name()) + "第" + groupInVillage
                            + (village.community() ? "居民小区" : "村民小组");
                    model.groups.add(new DemoModel.Group(groupId, areaCode + String.format("%02d", g + 1), name,
                            village.code(), areaId, groupCells.seats().get(g), groupCells.cells().get(g)));
                    plan.groupHouseholds.add(perGroup[g]);
                }
            }
        }
        if (spec.exactCounts()) {
            exactLiaisons(plan, areaHouseholds);
        }
        for (int a = 0; a < areaHouseholds.size(); a++) {
            plan.areaAgents.add(agents(plan.areaLiaisons.get(a)));
        }
    }

    private record Cells(List<Coordinate> seats, List<MultiPolygon> cells) {
    }

    private Cells split(MultiPolygon parent, int n) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(parent);
        List<PolygonPartitioner.Hint> hints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hints.add(PolygonPartitioner.Hint.UNIFORM);
        }
        double spacing = 0.5 * Geo.width(parent) / Math.sqrt(n);
        List<Coordinate> seats = PolygonPartitioner.seats(prepared, hints, null, spacing, rnd);
        return new Cells(seats, PolygonPartitioner.cells(parent, seats));
    }

    private int[] villageHouseholds(List<DemoModel.Division> villages) {
        double[] w = new double[villages.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = (villages.get(i).community() ? 3.0 : 1.0) * Math.exp(0.35 * Geo.gaussian(rnd));
        }
        return Apportion.split(spec.households(), w, 60);
    }

    private int[] areaCounts(List<DemoModel.Division> villages, int[] households) {
        if (spec.exactCounts()) {
            double[] w = new double[households.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = households[i];
            }
            return Apportion.split(spec.gridAreas(), w, 3);
        }
        int[] counts = new int[villages.size()];
        for (int i = 0; i < counts.length; i++) {
            double u = rnd.nextDouble();
            int base = villages.get(i).community() ? (u < 0.5 ? 2 : 3) : (u < 0.35 ? 1 : u < 0.9 ? 2 : 3);
            counts[i] = Math.max(base, (households[i] + MAX_AREA_HOUSEHOLDS - 1) / MAX_AREA_HOUSEHOLDS);
        }
        return counts;
    }

    private int[] groupCounts(List<Integer> areaHouseholds) {
        if (spec.exactCounts()) {
            double[] w = areaHouseholds.stream().mapToDouble(Integer::doubleValue).toArray();
            return Apportion.split(spec.groups(), w, 3);
        }
        int[] counts = new int[areaHouseholds.size()];
        for (int i = 0; i < counts.length; i++) {
            double u = rnd.nextDouble();
            counts[i] = u < 0.25 ? 3 : u < 0.75 ? 4 : 5;
        }
        return counts;
    }

    /** Liaisons for an area: about 11-14 households each, always within 5-15. */
    private int liaisons(int households) {
        int l = (int) Math.round(households / (12.0 + 2.5 * rnd.nextDouble()));
        int min = (households + 14) / 15;
        // at most 8 agents x 8 liaisons where the households allow it
        int max = Math.max(min, Math.min(households / 5, MAX_AGENTS * MAX_LIAISONS_PER_AGENT));
        return Math.min(max, Math.max(min, Math.max(1, l)));
    }

    private void exactLiaisons(DemoPlan plan, List<Integer> areaHouseholds) {
        double[] w = areaHouseholds.stream().mapToDouble(Integer::doubleValue).toArray();
        int[] l = Apportion.split(spec.liaisons(), w, 1);
        for (int a = 0; a < l.length; a++) {
            int h = areaHouseholds.get(a);
            if (h < 5 * l[a] || h > 15 * l[a]) {
                throw new IllegalStateException("area " + a + ": " + h + " households for " + l[a] + " liaisons");
            }
            plan.areaLiaisons.set(a, l[a]);
        }
    }

    /** 5-8 agents per area (mostly 5-6), enough that nobody links more than 8 liaisons where possible. */
    private int agents(int liaisons) {
        double u = rnd.nextDouble();
        int base = u < 0.72 ? MIN_AGENTS : u < 0.9 ? 6 : u < 0.97 ? 7 : MAX_AGENTS;
        return Math.min(MAX_AGENTS, Math.max(base, (liaisons + MAX_LIAISONS_PER_AGENT - 1) / MAX_LIAISONS_PER_AGENT));
    }

    private double[] weights(int n, double lo, double hi) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        return w;
    }
}
