package org.gridatlas.data.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Disputes 矛盾纠纷, settled at the lowest level possible (小纠纷不出组, 一般纠纷不出点, 大纠纷不出村): levels mostly
 * GROUP/POINT/VILLAGE, a few TOWN, each step up recorded as an escalation; about 95% resolved.
 */
final class DisputeGenerator {

    static final List<String> LEVELS = List.of("GROUP", "POINT", "VILLAGE", "TOWN");
    private static final double[] LEVEL_SHARE = {0.45, 0.30, 0.20, 0.05};
    private static final String[] KINDS = {"邻里纠纷", "土地纠纷", "婚姻家庭纠纷", "山林权属纠纷", "宅基地纠纷",
        "赡养纠纷", "劳资纠纷", "损害赔偿纠纷", "物业纠纷"};
    private static final double[] KIND_SHARE = {30, 14, 12, 5, 10, 8, 7, 8, 6};
    private static final String[] CAUSES = {"排水沟渠", "相邻通行", "田埂边界", "房屋漏水", "宅前空地", "家禽散养",
        "工钱结算", "赡养分担", "噪音扰民"};
    private static final String[] LEVEL_NAMES = {"村民小组", "网格代办点", "村(社区)", "镇(街道)"};
    private static final int[] MAX_DAYS = {3, 7, 15, 30};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom rnd;

    DisputeGenerator(long seed) {
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0006L);
    }

    void generate(DemoModel model) {
        Period period = model.period;
        int count = (int) Math.round(model.spec.disputesPerYear() * period.days() / 365.0);
        long[] opened = WorkTimes.sorted(count, period.startSecond(), period.nowSecond() - 3_600, rnd);
        double[] levelCdf = WorkTimes.cdf(LEVEL_SHARE);
        double[] kindCdf = WorkTimes.cdf(KIND_SHARE);
        LocalDate day = null;
        int seq = 0;
        for (long at : opened) {
            LocalDate d = Period.date(at);
            seq = d.equals(day) ? seq + 1 : 1;
            day = d;
            dispute(model, at, "D" + DAY.format(d) + String.format("%03d", seq), WorkTimes.pick(levelCdf, rnd),
                    WorkTimes.pick(kindCdf, rnd));
        }
    }

    private void dispute(DemoModel model, long opened, String code, int finalLevel, int kind) {
        DemoModel.Household hh = model.households.get(rnd.nextInt(model.households.size()));
        boolean petition = rnd.nextDouble() < 0.03;
        if (petition) {
            finalLevel = Math.max(finalLevel, 2);
        }
        int startLevel = finalLevel == 0 || rnd.nextDouble() < 0.8 ? 0 : 1;
        long id = model.disputes.size() + 1L;
        long now = model.period.nowSecond();
        String town = model.gridArea(hh.gridAreaId()).villageCode().substring(0, 9);
        long[] mediators = {
            model.agentOfHousehold[(int) hh.id()], model.chiefOfArea.get(hh.gridAreaId()),
            model.secretaryOfVillage.get(hh.villageCode()), model.leaderOfTown.get(town)};

        // each level takes a few days; a level above the start is reached by an escalation
        long t = opened;
        int level = startLevel;
        for (; level < finalLevel; level++) {
            long next = t + 3_600 + rnd.nextInt(MAX_DAYS[level] * 86_400);
            if (next > now) {
                break;
            }
            model.escalations.add(new DemoModel.Escalation(model.escalations.size() + 1L, id, LEVELS.get(level),
                    LEVELS.get(level + 1), next, model.person(mediators[level]).name(),
                    "在" + LEVEL_NAMES[level] + "调解未果，上报" + LEVEL_NAMES[level + 1]));
            t = next;
        }
        long closeAt = t + 1_800 + rnd.nextInt(MAX_DAYS[level] * 86_400);
        String status;
        String outcome = null;
        Long closed = null;
        double u = rnd.nextDouble();
        boolean recent = now - opened < 14 * 86_400L;
        if (closeAt > now || level < finalLevel || u < (recent ? 0.25 : 0.02)) {
            status = level > startLevel && rnd.nextDouble() < 0.5 ? "ESCALATED" : rnd.nextDouble() < 0.3 ? "OPEN" : "MEDIATING";
        } else {
            status = "CLOSED";
            outcome = u < 0.975 ? "RESOLVED" : "UNRESOLVED";
            closed = closeAt;
        }
        String summary = KINDS[kind] + "：双方因" + CAUSES[rnd.nextInt(CAUSES.length)] + "问题发生争执，由"
                + LEVEL_NAMES[level] + "组织调解" + (petition ? "（信访事项）" : "");
        model.disputes.add(new DemoModel.Dispute(id, code, hh.villageCode(), hh.gridAreaId(), KINDS[kind],
                LEVELS.get(level), status, outcome, summary, mediators[level], hh.lon(), hh.lat(), opened, closed,
                petition));
        model.parties.add(new DemoModel.Party(id, hh.id()));
        model.parties.add(new DemoModel.Party(id, neighbour(model, hh)));
        if (rnd.nextDouble() < 0.3) {
            model.linkedVisits.add(new DemoModel.LinkedVisit(mediators[0], hh.id(), hh.villageCode(), opened, null, id));
        }
    }

    /** Another household of the same group when there is one, else of the same grid area. */
    private long neighbour(DemoModel model, DemoModel.Household hh) {
        int index = (int) hh.id() - 1;
        for (int attempt = 0; attempt < 20; attempt++) {
            int j = index + rnd.nextInt(41) - 20;
            if (j != index && j >= 0 && j < model.households.size()
                    && model.households.get(j).groupId() == hh.groupId()) {
                return j + 1L;
            }
        }
        return index + 1 < model.households.size() ? index + 2L : index;
    }
}
