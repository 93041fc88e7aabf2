package org.gridatlas.data.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;

/**
 * Agents 代办员, liaisons 联络员, supervisors (village secretary, 片长), service posts, and the assignment links
 * household → liaison → agent. Each grid area has 5-8 agents; each liaison links 5-15 households.
 */
final class PeopleGenerator {

    static final String AGENT = "AGENT";
    static final String LIAISON = "LIAISON";
    static final String SUPERVISOR = "SUPERVISOR";
    static final String CHANGED_BY_IMPORT = "demo-import";
    /** Share of households whose liaison changed during the period (a closed link is kept as history). */
    static final double REASSIGNED = 0.02;

    private final SplittableRandom rnd;
    private final int[] sequence = new int[3];

    PeopleGenerator(long seed) {
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0004L);
    }

    void generate(DemoModel model, DemoPlan plan) {
        model.agentOfHousehold = new long[model.households.size() + 1];
        int[] areaStart = areaStarts(model);
        int areaIndex = 0;
        for (DemoModel.Division town : model.divisions) {
            if (!town.level().equals(DivisionGenerator.TOWN) || !town.holdsHouseholds()) {
                continue;
            }
            townStaff(model, town);
            for (DemoModel.Division village : model.divisions) {
                if (!village.level().equals(DivisionGenerator.VILLAGE) || !town.code().equals(village.parentCode())
                        || !village.holdsHouseholds()) {
                    continue;
                }
                DemoModel.Person secretary = person(model, SUPERVISOR, "VILLAGE", village.code(), null,
                        jitter(village.seat(), 300));
                model.posts.add(new DemoModel.Post(model.posts.size() + 1L, "VILLAGE_STATION",
                        GridGenerator.shortName(village.name()) + "党员代办站", village.code(), null, secretary.id(),
                        village.seat()));
                model.secretaryOfVillage.put(village.code(), secretary.id());
                while (areaIndex < model.gridAreas.size()
                        && model.gridAreas.get(areaIndex).villageCode().equals(village.code())) {
                    area(model, plan, model.gridAreas.get(areaIndex), areaStart[areaIndex], areaStart[areaIndex + 1],
                            secretary);
                    areaIndex++;
                }
            }
        }
    }

    private void townStaff(DemoModel model, DemoModel.Division town) {
        int n = 5 + rnd.nextInt(4);
        Long leader = null;
        for (int i = 0; i < n; i++) {
            DemoModel.Person p = person(model, AGENT, "TOWN", town.code(), null, jitter(town.seat(), 1_500));
            leader = leader == null ? p.id() : leader;
        }
        model.leaderOfTown.put(town.code(), leader);
        model.posts.add(new DemoModel.Post(model.posts.size() + 1L, "TOWN_WINDOW",
                town.name() + "为民服务中心党员代办窗口", town.code(), null, leader, town.seat()));
    }

    private void area(DemoModel model, DemoPlan plan, DemoModel.GridArea area, int from, int to,
                      DemoModel.Person secretary) {
        int index = (int) area.id() - 1;
        DemoModel.Person chief = person(model, SUPERVISOR, "VILLAGE", area.villageCode(), area.id(),
                jitter(area.seat(), 200));
        model.chiefOfArea.put(area.id(), chief.id());
        model.posts.add(new DemoModel.Post(model.posts.size() + 1L, "GRID_POINT", area.name() + "代办点",
                area.villageCode(), area.id(), chief.id(), area.seat()));
        int agentCount = plan.areaAgents.get(index);
        List<DemoModel.Person> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            Coordinate home = homeOf(model, from + rnd.nextInt(to - from), area);
            agents.add(person(model, AGENT, rnd.nextDouble() < 0.2 ? "GROUP" : "VILLAGE", area.villageCode(),
                    area.id(), home));
        }
        int[] chunk = Apportion.even(to - from, plan.areaLiaisons.get(index));
        int[] perAgent = Apportion.even(chunk.length, agentCount);
        List<DemoModel.Person> liaisons = new ArrayList<>();
        int h = from;
        for (int c = 0; c < chunk.length; c++) {
            liaisons.add(person(model, LIAISON, "GROUP", area.villageCode(), area.id(), homeOf(model, h, area)));
            h += chunk[c];
        }
        long start = model.period.startSecond();
        int c = 0;
        h = from;
        for (int a = 0; a < agentCount; a++) {
            DemoModel.Person agent = agents.get(a);
            List<Long> round = new ArrayList<>();
            for (int k = 0; k < perAgent[a]; k++, c++) {
                DemoModel.Person liaison = liaisons.get(c);
                model.agentLinks.add(new DemoModel.Link(model.agentLinks.size() + 1L, liaison.id(), agent.id(),
                        start, null, CHANGED_BY_IMPORT, null));
                for (int j = 0; j < chunk[c]; j++, h++) {
                    long householdId = h + 1L;
                    round.add(householdId);
                    model.agentOfHousehold[(int) householdId] = agent.id();
                    link(model, householdId, liaison, liaisons.size() > 1 ? liaisons.get((c + 1) % liaisons.size()) : null,
                            secretary);
                }
            }
            model.rounds.add(new DemoModel.AgentRound(agent.id(), 0.6 + 0.4 * rnd.nextDouble(),
                    round.stream().mapToLong(Long::longValue).toArray()));
        }
    }

    private void link(DemoModel model, long householdId, DemoModel.Person liaison, DemoModel.Person previous,
                      DemoModel.Person secretary) {
        long start = model.period.startSecond();
        if (previous != null && rnd.nextDouble() < REASSIGNED) {
            long change = start + 86_400L * (20 + rnd.nextInt((int) Math.max(21, model.period.days() - 20)));
            change = Math.min(change, model.period.nowSecond() - 3_600);
            model.liaisonLinks.add(new DemoModel.Link(model.liaisonLinks.size() + 1L, householdId, previous.id(),
                    start, change, CHANGED_BY_IMPORT, null));
            model.liaisonLinks.add(new DemoModel.Link(model.liaisonLinks.size() + 1L, householdId, liaison.id(),
                    change, null, secretary.code(), "联络员调整"));
        } else {
            model.liaisonLinks.add(new DemoModel.Link(model.liaisonLinks.size() + 1L, householdId, liaison.id(),
                    start, null, CHANGED_BY_IMPORT, null));
        }
    }

    private DemoModel.Person person(DemoModel model, String role, String level, String division, Long areaId,
                                    Coordinate home) {
        int r = role.equals(AGENT) ? 0 : role.equals(LIAISON) ? 1 : 2;
        String code = "ALS".charAt(r) + model.spec.countyCode() + String.format("%06d", ++sequence[r]);
        boolean male = rnd.nextDouble() < (role.equals(LIAISON) ? 0.6 : 0.7);
        LocalDate birth = model.period.today().minusYears(24 + rnd.nextInt(40)).minusDays(rnd.nextInt(365));
        String id = IdNumbers.of(model.spec.countyCode(), birth, rnd.nextInt(500) * 2 + (male ? 1 : 0));
        DemoModel.Person p = new DemoModel.Person(model.people.size() + 1L, code, role, level, division, areaId,
                ChineseNames.name(male, rnd), id, ChineseNames.mobile(rnd), home);
        model.people.add(p);
        return p;
    }

    private Coordinate homeOf(DemoModel model, int householdIndex, DemoModel.GridArea area) {
        DemoModel.Household hh = model.households.get(householdIndex);
        return hh.located() ? new Coordinate(hh.lon(), hh.lat()) : area.seat();
    }

    private Coordinate jitter(Coordinate c, double metres) {
        return c == null ? null : Geo.around(c, metres, rnd);
    }

    /** Index of each area's first household (households are generated area by area), plus the end. */
    private static int[] areaStarts(DemoModel model) {
        int[] start = new int[model.gridAreas.size() + 1];
        int h = 0;
        for (int a = 0; a < model.gridAreas.size(); a++) {
            start[a] = h;
            long id = a + 1L;
            while (h < model.households.size() && model.households.get(h).gridAreaId() == id) {
                h++;
            }
        }
        start[model.gridAreas.size()] = h;
        return start;
    }
}
