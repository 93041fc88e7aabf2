package org.gridatlas.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Visits 走访, written straight to the sink (they are by far the largest table): every agent visits each of
 * their households on the grid area's 14-day cycle from {@link Period#visitStartSecond()}, skipping some rounds
 * (per-agent diligence 0.6-1.0; must-visit households are visited more regularly). The GPS point lies near the
 * household with an accuracy of 5-50 m. Visits that produced a request or a dispute come first.
 */
final class VisitStream {

    static final double MUST_VISIT_DILIGENCE = 0.97;
    private static final String[] NOTES = {"了解家庭近况，无新诉求", "宣传惠民政策", "听取对村务的意见建议",
        "提醒防汛防火安全", "反映道路照明问题，已记录", "询问医保缴费事宜", "关心老人身体状况"};

    private final long seed;

    VisitStream(long seed) {
        this.seed = seed;
    }

    long write(DemoModel model, RowSink sink) {
        long id = 0;
        for (DemoModel.LinkedVisit v : model.linkedVisits) {
            DemoModel.Household hh = model.household(v.householdId());
            SplittableRandom rnd = new SplittableRandom(seed ^ (0x5EED_0007L + v.at()));
            row(sink, model, ++id, v.agentId(), hh, v.at(), rnd, v.requestId(), v.disputeId());
        }
        long from = model.period.visitStartSecond();
        LocalDate today = model.period.today();
        long now = model.period.nowSecond();
        int cycle = GridGenerator.VISIT_CYCLE_DAYS;
        for (DemoModel.AgentRound round : model.rounds) {
            SplittableRandom rnd = new SplittableRandom(seed * 31 + round.agentId());
            for (long householdId : round.householdIds()) {
                DemoModel.Household hh = model.household(householdId);
                double p = hh.mustVisit() ? Math.max(MUST_VISIT_DILIGENCE, round.diligence()) : round.diligence();
                p *= model.spec.visitShare();
                int phase = rnd.nextInt(cycle);
                for (long dayStart = from + 86_400L * phase; ; dayStart += 86_400L * cycle) {
                    LocalDate day = Period.date(dayStart).plusDays(rnd.nextInt(5) - 2);
                    if (day.getDayOfWeek() == DayOfWeek.SUNDAY && rnd.nextDouble() < 0.7) {
                        day = day.plusDays(1);
                    }
                    if (day.isAfter(today)) {
                        break;
                    }
                    if (rnd.nextDouble() >= p) {
                        continue;
                    }
                    long at = Period.second(day) + 8 * 3_600 + 1_800 + rnd.nextInt(9 * 3_600);
                    if (at >= from && at < now) {
                        row(sink, model, ++id, round.agentId(), hh, at, rnd, null, null);
                    }
                }
            }
        }
        return id;
    }

    private static void row(RowSink sink, DemoModel model, long id, long agentId, DemoModel.Household hh, long at,
                            SplittableRandom rnd, Long requestId, Long disputeId) {
        sink.number(id).text(TableWriter.county(hh.villageCode())).text(hh.villageCode()).number(agentId).number(hh.id())
                .time(at);
        if (hh.located()) {
            double accuracy = 5 + Math.floor(45 * rnd.nextDouble() * rnd.nextDouble());
            double dx = Geo.gaussian(rnd) * accuracy / 2;
            double dy = Geo.gaussian(rnd) * accuracy / 2;
            sink.point(hh.lon() + Geo.degLon(dx, hh.lat()), hh.lat() + Geo.degLat(dy)).real(accuracy);
        } else {
            sink.nil().nil();
        }
        sink.text(rnd.nextDouble() < 0.08 ? NOTES[rnd.nextInt(NOTES.length)] : null);
        sink.text(tags(hh));
        sink.number(requestId).number(disputeId);
        sink.endRow();
    }

    private static String tags(DemoModel.Household hh) {
        StringBuilder b = new StringBuilder("{");
        if (hh.mustVisit()) {
            b.append("三必访");
        }
        if (hh.elderlyAlone()) {
            b.append(b.length() > 1 ? "," : "").append("独居老人");
        }
        if (hh.lowIncome()) {
            b.append(b.length() > 1 ? "," : "").append("困难帮扶");
        }
        return b.append('}').toString();
    }
}
