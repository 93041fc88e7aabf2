package org.gridatlas.data.imports.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridatlas.data.base.PersonalData;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.demo.IdNumbers;
import org.gridatlas.data.imports.ImportProblem;

/**
 * Checks one row of an agents and liaisons list and turns it into a {@link ParsedPerson}, or adds problems naming
 * row, field and fix. ID numbers and phones appear masked in every message.
 */
final class PersonRowValidator {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,24}");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final Map<PersonField, Integer> columns;
    private final Map<String, PersonArea> areas;
    private final Set<String> existingCodes;
    private final Map<String, String> fileRoles;
    private final Set<String> existingAgents;
    private final Scope scope;

    /**
     * @param fileRoles      every code in the file with its role as written (for liaisons naming an agent in the file)
     * @param existingAgents codes of active agents already in the database (in the user's area)
     */
    PersonRowValidator(Map<PersonField, Integer> columns, Map<String, PersonArea> areas, Set<String> existingCodes,
                       Map<String, String> fileRoles, Set<String> existingAgents, Scope scope) {
        this.columns = columns;
        this.areas = areas;
        this.existingCodes = existingCodes;
        this.fileRoles = fileRoles;
        this.existingAgents = existingAgents;
        this.scope = scope;
    }

    /** AGENT, LIAISON, or null for anything else. */
    static String role(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "代办员", "党员代办员", "AGENT" -> "AGENT";
            case "联络员", "LIAISON" -> "LIAISON";
            default -> null;
        };
    }

    ParsedPerson check(int row, List<String> cells, Set<String> seenCodes, List<ImportProblem> problems) {
        int before = problems.size();
        for (PersonField f : PersonField.values()) {
            if (f.required() && value(cells, f).isEmpty()) {
                problems.add(new ImportProblem(row, f.label(), "必填项为空 / required", "填写" + f.label()));
            }
        }
        String code = value(cells, PersonField.CODE);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(row, PersonField.CODE.label(), "编码格式不对：" + code, "1–24 位数字、字母或连字符"));
        } else if (!code.isEmpty() && !seenCodes.add(code)) {
            problems.add(new ImportProblem(row, PersonField.CODE.label(), "文件中编码重复：" + code, "每人编码唯一"));
        } else if (existingCodes.contains(code)) {
            problems.add(new ImportProblem(row, PersonField.CODE.label(), "编码已存在：" + code, "已导入过的人员请勿重复导入"));
        }
        String name = value(cells, PersonField.NAME);
        if (name.length() > 40) {
            problems.add(new ImportProblem(row, PersonField.NAME.label(), "姓名超过 40 字", "检查是否串列"));
        }
        String roleText = value(cells, PersonField.ROLE);
        String role = role(roleText);
        if (!roleText.isEmpty() && role == null) {
            problems.add(new ImportProblem(row, PersonField.ROLE.label(), "角色「" + roleText + "」不认识", "填写「代办员」或「联络员」"));
        }
        PersonArea area = area(row, value(cells, PersonField.AREA), problems);
        String level = level(row, value(cells, PersonField.LEVEL), area, problems);
        String phone = value(cells, PersonField.PHONE).replace(" ", "");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(new ImportProblem(row, PersonField.PHONE.label(), "电话号码格式不对：" + PersonalData.maskPhone(phone),
                    "11 位手机号或带区号的固定电话"));
        }
        String id = value(cells, PersonField.ID_NUMBER).toUpperCase(Locale.ROOT);
        if (!id.isEmpty() && !IdNumbers.isValid(id)) {
            problems.add(new ImportProblem(row, PersonField.ID_NUMBER.label(), "身份证号无效（位数或校验位不对）：" + PersonalData.maskIdNumber(id),
                    "18 位，最后一位为校验码"));
        }
        String agent = agent(row, role, value(cells, PersonField.AGENT), problems);
        if (problems.size() > before) {
            return null;
        }
        return new ParsedPerson(row, code, name, role, level, area.divisionCode(), area.gridAreaId(),
                phone.isEmpty() ? null : phone, id.isEmpty() ? null : id, agent);
    }

    private PersonArea area(int row, String code, List<ImportProblem> problems) {
        if (code.isEmpty()) {
            return null;
        }
        PersonArea a = areas.get(code);
        if (a == null) {
            problems.add(new ImportProblem(row, PersonField.AREA.label(), "未知的村（网格）代码：" + code,
                    "填写 9 位乡镇、12 位村（社区）代码或网格代码，且须在您的区域内"));
            return null;
        }
        if (!scope.canCapture(a.divisionCode())) {
            problems.add(new ImportProblem(row, PersonField.AREA.label(), "不在您的录入区域内：" + code, "请由该村所在区域的用户导入"));
            return null;
        }
        return a;
    }

    private String level(int row, String text, PersonArea area, List<ImportProblem> problems) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        String level = switch (t) {
            case "" -> area != null && area.town() ? "TOWN" : "VILLAGE";
            case "镇", "乡镇", "街道", "镇级", "TOWN" -> "TOWN";
            case "村", "社区", "村级", "村（社区）", "VILLAGE" -> "VILLAGE";
            case "组", "村民小组", "组级", "GROUP" -> "GROUP";
            default -> null;
        };
        if (level == null) {
            problems.add(new ImportProblem(row, PersonField.LEVEL.label(), "层级「" + text + "」不认识", "填写 镇、村 或 组（或留空）"));
        } else if (area != null && area.town() && !"TOWN".equals(level)) {
            problems.add(new ImportProblem(row, PersonField.LEVEL.label(), "区域是乡镇而层级是「" + text + "」", "镇级人员填乡镇代码，村级人员填村代码"));
        }
        return level;
    }

    private String agent(int row, String role, String agent, List<ImportProblem> problems) {
        if ("AGENT".equals(role)) {
            if (!agent.isEmpty()) {
                problems.add(new ImportProblem(row, PersonField.AGENT.label(), "代办员不隶属于其他代办员：" + agent, "代办员行此格留空"));
            }
            return null;
        }
        if (!"LIAISON".equals(role)) {
            return null;
        }
        if (agent.isEmpty()) {
            problems.add(new ImportProblem(row, PersonField.AGENT.label(), "联络员须填所属代办员编码 / required for a liaison",
                    "填写本文件或系统中已有代办员的编码"));
            return null;
        }
        String inFile = fileRoles.get(agent);
        if (inFile != null && !"AGENT".equals(role(inFile))) {
            problems.add(new ImportProblem(row, PersonField.AGENT.label(), "所属代办员「" + agent + "」在文件中不是代办员",
                    "填写角色为代办员的人员编码"));
            return null;
        }
        if (inFile == null && !existingAgents.contains(agent)) {
            problems.add(new ImportProblem(row, PersonField.AGENT.label(), "所属代办员「" + agent + "」不存在（文件中和您区域内都没有）",
                    "先导入该代办员，或核对编码"));
            return null;
        }
        return agent;
    }

    private String value(List<String> cells, PersonField field) {
        Integer c = columns.get(field);
        return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
    }
}
