package org.gridatlas.data.demo;

import java.time.Instant;

import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Requests 代办事项 with their closed-loop steps (受理 核实 告知 上报 代办 反馈 评价 建档, or 退回), about 98.6%
 * completed; deadlines by case type (same day, 3 or 5 working days).
 */
final class RequestGenerator {

    static final String[] CASE_TYPES = {"IMMEDIATE", "COMMITTED", "JOINT", "ESCALATED", "RETURNED"};
    private static final double[] CASE_SHARE = {0.45, 0.40, 0.06, 0.06, 0.03};
    /** Working days allowed per case type (0: the same day). */
    private static final Deadlines DEADLINES = new Deadlines(WorkingCalendar.fromClasspath());
    private static final String[] CHANNELS = {"VISIT", "STATION", "HOTLINE", "ONLINE"};
    private static final double[] CHANNEL_SHARE = {0.45, 0.30, 0.15, 0.10};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom rnd;

    RequestGenerator(long seed) {
        this.rnd = new SplittableRandom(seed ^ 0x5EED_0005L);
    }

    void generate(DemoModel model) {
        Period period = model.period;
        int count = (int) Math.round(model.spec.requestsPerYear() * period.days() / 365.0);
        long[] created = WorkTimes.sorted(count, period.startSecond(), period.nowSecond() - 1_800, rnd);
        double[] itemCdf = WorkTimes.cdf(RequestCatalogue.WEIGHTS);
        LocalDate day = null;
        int daySeq = 0;
        for (long at : created) {
            LocalDate d = Period.date(at);
            daySeq = d.equals(day) ? daySeq + 1 : 1;
            day = d;
            request(model, at, "Q" + DAY.format(d) + String.format("%04d", daySeq), WorkTimes.pick(itemCdf, rnd));
        }
    }

    private void request(DemoModel model, long created, String code, int itemIndex) {
        DemoModel.Household hh = WorkTimes.household(model, rnd);
        long agentId = model.agentOfHousehold[(int) hh.id()];
        DemoModel.Person agent = model.person(agentId);
        int type = WorkTimes.pick(WorkTimes.cdf(CASE_SHARE), rnd);
        String channel = CHANNELS[WorkTimes.pick(WorkTimes.cdf(CHANNEL_SHARE), rnd)];
        long requestId = model.requests.size() + 1L;
        String item = RequestCatalogue.ITEMS.get(itemIndex).item();
        long now = model.period.nowSecond();

        long accepted = created + (channel.equals("VISIT") ? 0 : 300 + rnd.nextInt(7_200));
        // the same deadline rule and working-day calendar as RequestService (即办件 18:00, 3/5 working days, 调休)
        Instant due = DEADLINES.deadline(CaseType.valueOf(CASE_TYPES[type]), Instant.ofEpochSecond(accepted));
        long deadline = due == null ? accepted + 3_600 : due.getEpochSecond(); // 退回件: answered within the hour
        Long storedDeadline = due == null ? null : deadline;
        boolean late = rnd.nextDouble() < (type == 0 ? 0.01 : 0.05);
        long replied = type == 0 || type == 4
                ? accepted + 1_800 + rnd.nextInt(5 * 3_600)
                : accepted + (long) ((deadline - accepted) * (0.2 + 0.75 * rnd.nextDouble()));
        if (late) {
            replied = deadline + 86_400L * (1 + rnd.nextInt(4));
        } else if (replied > deadline) {
            replied = deadline - 600;
        }
        List<String> path = path(type);
        long[] times = times(path, accepted, replied);

        // how far the request got: cut at "now", and leave a few stuck at a random step (some then overdue)
        int done = path.size();
        for (int i = 0; i < path.size(); i++) {
            if (times[i] > now) {
                done = i;
                break;
            }
        }
        long age = now - created;
        double stuck = age < 10 * 86_400L ? 0.25 : age < 45 * 86_400L ? 0.03 : 0.004;
        if (done == path.size() && rnd.nextDouble() < stuck) {
            done = rnd.nextInt(path.indexOf(type == 4 ? "RETURN" : "REPLY") + 1);
        }
        String status = done == 0 ? "SUBMITTED" : status(path.get(done - 1));
        String rating = null;
        Long closed = null;
        Long repliedAt = null;
        for (int i = 0; i < done; i++) {
            String step = path.get(i);
            if (step.equals("REPLY") || step.equals("RETURN")) {
                repliedAt = times[i];
            }
            if (step.equals("RATE")) {
                rating = rating(late);
                closed = times[i];
            }
            if (step.equals("ARCHIVE") && closed == null) {
                closed = times[i];
            }
            boolean resident = step.equals("RATE");
            model.steps.add(new DemoModel.Step(model.steps.size() + 1L, requestId, step,
                    resident ? null : agentId, resident ? "群众评价" : agent.name(), times[i],
                    note(step, type, rating)));
        }
        model.requests.add(new DemoModel.Request(requestId, code, hh.villageCode(), hh.gridAreaId(), hh.id(),
                itemIndex + 1, channel, CASE_TYPES[type], status, description(channel, item), agentId,
                hh.lon(), hh.lat(), created, done > 0 ? accepted : null, done > 0 ? storedDeadline : null,
                repliedAt, closed, rating));
        if (channel.equals("VISIT")) {
            model.linkedVisits.add(new DemoModel.LinkedVisit(agentId, hh.id(), hh.villageCode(), created,
                    requestId, null));
        }
    }

    private List<String> path(int type) {
        List<String> p = new ArrayList<>(List.of("ACCEPT"));
        switch (type) {
            case 0 -> p.addAll(List.of("HANDLE", "REPLY", "RATE", "ARCHIVE"));
            case 1 -> {
                p.add("VERIFY");
                if (rnd.nextDouble() < 0.3) {
                    p.add("INFORM");
                }
                p.addAll(List.of("HANDLE", "REPLY", "RATE", "ARCHIVE"));
            }
            case 2, 3 -> p.addAll(List.of("VERIFY", "ESCALATE", "HANDLE", "REPLY", "RATE", "ARCHIVE"));
            default -> p.addAll(List.of("VERIFY", "RETURN", "ARCHIVE"));
        }
        return p;
    }

    /** Step times: accept, evenly spread work up to the reply, then rating and archiving some days later. */
    private long[] times(List<String> path, long accepted, long replied) {
        long[] t = new long[path.size()];
        int reply = Math.max(path.indexOf("REPLY"), path.indexOf("RETURN"));
        for (int i = 0; i < path.size(); i++) {
            if (i <= reply) {
                t[i] = i == 0 ? accepted : i == reply ? replied
                        : accepted + (replied - accepted) * i / reply - rnd.nextInt(600);
            } else if (path.get(i).equals("RATE")) {
                t[i] = t[i - 1] + 600 + rnd.nextInt(3 * 86_400);
            } else {
                t[i] = t[i - 1] + 86_400L * (1 + rnd.nextInt(10));
            }
        }
        return t;
    }

    private String rating(boolean late) {
        double u = rnd.nextDouble();
        return u < (late ? 0.70 : 0.93) ? "SATISFIED" : u < 0.99 ? "BASIC" : "UNSATISFIED";
    }

    static String status(String step) {
        return switch (step) {
            case "ACCEPT" -> "ACCEPTED";
            case "VERIFY" -> "VERIFIED";
            case "INFORM" -> "INFORMED";
            case "ESCALATE" -> "ESCALATED";
            case "HANDLE" -> "HANDLING";
            case "REPLY" -> "REPLIED";
            case "RATE" -> "RATED";
            case "RETURN" -> "RETURNED";
            default -> "ARCHIVED";
        };
    }

    private static String note(String step, int type, String rating) {
        return switch (step) {
            case "ACCEPT" -> "受理登记，填写代办联系卡";
            case "VERIFY" -> "上门核实情况";
            case "INFORM" -> "一次性告知需补充的材料";
            case "ESCALATE" -> type == 2 ? "涉及多个部门，联系相关部门联合办理" : "上报镇为民服务中心，跟踪办理进度";
            case "HANDLE" -> "代办员跑腿办理";
            case "REPLY" -> "反馈办理结果，群众签字确认";
            case "RATE" -> "SATISFIED".equals(rating) ? "满意" : "BASIC".equals(rating) ? "基本满意" : "不满意";
            case "RETURN" -> "不符合政策规定，已向群众说明理由";
            default -> "资料归档";
        };
    }

    private static String description(String channel, String item) {
        return switch (channel) {
            case "VISIT" -> "走访中群众提出" + item + "事项，委托代办员代办";
            case "STATION" -> "群众到代办站申请" + item + "，填写委托单";
            case "HOTLINE" -> "群众来电反映需办理" + item;
            default -> "群众线上点单：" + item;
        };
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
