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
        int disputesPerYear) {

    static final String REFERENCE = "/reference/";

    static ProfileSpec of(DemoProfile profile) {
        return switch (profile) {
            // 溧阳市 (seed 000): stations in every village, 3,000+ agents, 5,000+ items a year, 98.6% completed
            case LIYANG -> new ProfileSpec(profile, "320481", "liyang-divisions.csv", "liyang-boundary.geojson",
                    119.4836, 31.4166, null, 0, 0, 260_000, 0, 0, 0, 5_000, 700);
            // 大瑶镇 (seed 004): 15 villages, 81 areas, 356 groups, 1,756 representatives, 24,000 households
            case DAYAO -> new ProfileSpec(profile, "430181", "liuyang-divisions.csv", "liuyang-boundary.geojson",
                    113.6433, 28.1636, "430181110", 113.585, 28.005, 24_000, 81, 356, 1_756, 460, 65);
        };
    }

    boolean exactCounts() {
        return gridAreas > 0;
    }
}
