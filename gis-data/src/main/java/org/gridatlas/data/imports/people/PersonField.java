package org.gridatlas.data.imports.people;

import java.util.List;
import java.util.Locale;

import org.gridatlas.data.imports.ImportColumn;

/** The fields of an agents and liaisons list (代办员、联络员名单), with the column headings they are recognised by. */
public enum PersonField implements ImportColumn {
    CODE("人员编码", true, List.of("人员编码", "编码", "编号", "code")),
    NAME("姓名", true, List.of("姓名", "name")),
    ROLE("角色", true, List.of("角色", "身份", "类别", "role")),
    LEVEL("层级", false, List.of("层级", "级别", "level")),
    AREA("村（网格）代码", true, List.of("村（网格）代码", "村(网格)代码", "村代码", "网格代码", "村（社区）代码", "区域代码",
            "服务区域代码", "area", "village", "grid_code", "division")),
    PHONE("联系电话", false, List.of("联系电话", "电话", "手机", "手机号", "phone")),
    ID_NUMBER("身份证号", false, List.of("身份证号", "身份证号码", "公民身份号码", "id_number")),
    AGENT("所属代办员编码", false, List.of("所属代办员编码", "所属代办员", "代办员编码", "agent", "agent_code"));

    private final String label;
    private final boolean required;
    private final List<String> headings;

    PersonField(String label, boolean required, List<String> headings) {
        this.label = label;
        this.required = required;
        this.headings = headings;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean recognises(String heading) {
        String h = heading.strip().replace(" ", "").toLowerCase(Locale.ROOT);
        return headings.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(h));
    }
}
