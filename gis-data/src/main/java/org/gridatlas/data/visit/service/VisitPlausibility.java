package org.gridatlas.data.visit.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.Deadlines;

/**
 * The rules a stated visit must meet before it may count (issue 18, visits that can be trusted): when it says it
 * happened and where. One place for each bound; {@link VisitService#log} is the one place visits are recorded.
 */
final class VisitPlausibility {

    /** A visit may be stated a little ahead of the server clock (phone clocks drift), never further. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /**
     * The earliest date a visit of this programme can have: grid management began in 2004 (Beijing Dongcheng's
     * 万米单元网格), the 党员代办 programmes later. Anything before, e.g. a phone's 1970-01-01, is a bad clock.
     */
    static final LocalDate PROGRAMME_START = LocalDate.of(2004, 1, 1);
    /** China's bounding box (WGS 84): longitude 73–136 °E, latitude 3–54 °N. */
    static final double MIN_LON = 73, MAX_LON = 136, MIN_LAT = 3, MAX_LAT = 54;

    private VisitPlausibility() {
    }

    /** The problems with the stated time {@code at}, judged at server time {@code now}. */
    static List<FieldProblem> ofTime(Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            return List.of(new FieldProblem("visitedAt", "走访时间不能晚于现在（允许 " + CLOCK_SKEW.toMinutes()
                    + " 分钟的时钟误差）"));
        }
        if (at.isBefore(PROGRAMME_START.atStartOfDay(Deadlines.ZONE).toInstant())) {
            return List.of(new FieldProblem("visitedAt", "走访时间早于 " + PROGRAMME_START + "，请检查手机时钟"));
        }
        return List.of();
    }

    /**
     * The problems with a fix ({@code lon}, {@code lat} both given): (0, 0); swapped (the point as given is outside
     * China, swapped it is inside); not a coordinate at all; outside China's bounding box.
     */
    static List<FieldProblem> ofFix(double lon, double lat) {
        if (lon == 0 && lat == 0) {
            return List.of(new FieldProblem("lon", "坐标 (0, 0) 不是有效定位"), new FieldProblem("lat", "坐标 (0, 0) 不是有效定位"));
        }
        if (inChina(lon, lat)) {
            return List.of();
        }
        if (inChina(lat, lon)) {
            String m = "经纬度疑似填反（经度 " + lon + "，纬度 " + lat + "）";
            return List.of(new FieldProblem("lon", m), new FieldProblem("lat", m));
        }
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            return List.of(new FieldProblem("lon", "坐标超出范围（经度 ±180，纬度 ±90）"));
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (lon < MIN_LON || lon > MAX_LON) {
            problems.add(new FieldProblem("lon", "经度 " + lon + " 不在中国境内（" + (int) MIN_LON + "–" + (int) MAX_LON + "°E）"));
        }
        if (lat < MIN_LAT || lat > MAX_LAT) {
            problems.add(new FieldProblem("lat", "纬度 " + lat + " 不在中国境内（" + (int) MIN_LAT + "–" + (int) MAX_LAT + "°N）"));
        }
        return problems;
    }

    static boolean inChina(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }
}
