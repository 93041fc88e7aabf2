package org.gridatlas.data.demo;

/** Fixed parameters of one demo profile (real codes from the reference CSVs, calibrated figures from the seeds). */
record ProfileSpec(
        DemoProfile profile,
        String countyCode,
        String divisionsResource,
        String boundaryResource,
        double centreLon,
        double centreLat,
        String onlyTownCode,      // null: every town; else load this town only
        double onlyTownLon,
        double onlyTownLat,
        int households,
        int gridAreas,            // 0: derived from the households
        int groups,               // 0: derived
        int liaisons,             // 0: derived
        int requestsPerYear,
        int disputesPerYear,
        double visitShare) {      // share of the cyclic visits generated (1: all; a city-scale profile keeps fewer)

    static final String REFERENCE = "/reference/";

    static ProfileSpec of(DemoProfile profile) {
        return switch (profile) {
            // 溧阳市 (seed 000): stations in every village, 3,000+ agents, 5,000+ items a year, 98.6% completed
            case LIYANG -> new ProfileSpec(profile, "320481", "liyang-divisions.csv", "liyang-boundary.geojson",
                    119.4836, 31.4166, null, 0, 0, 260_000, 0, 0, 0, 5_000, 700, 1.0);
            // 大瑶镇 (seed 004): 15 villages, 81 areas, 356 groups, 1,756 representatives, 24,000 households
            case DAYAO -> new ProfileSpec(profile, "430181", "liuyang-divisions.csv", "liuyang-boundary.geojson",
                    113.6433, 28.1636, "430181110", 113.585, 28.005, 24_000, 81, 356, 1_756, 460, 65, 1.0);
            // 宿州市 (Suzhou, Anhui): the five counties with outlines (the two development zones have none), for
            // city-scale benchmarks: 1.7 million households in 15,000 grid areas; visits cut to 15% of the cycle
            // (about 3.5 million instead of 23 million) to keep the load short
            case SUZHOU -> new ProfileSpec(profile, "341302", "suzhou-anhui-divisions.csv", "suzhou-anhui-counties.geojson",
                    116.98, 33.64, null, 0, 0, 1_700_000, 15_000, 60_000, 125_000, 32_500, 4_550, 0.15);
        };
    }

    boolean exactCounts() {
        return gridAreas > 0;
    }
}
