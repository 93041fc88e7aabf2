package org.gridatlas.data.imports;

import java.util.List;
import java.util.Locale;

/** The fields of a household ledger, with the column headings they are recognised by. */
public enum LedgerField implements ImportColumn {
    CODE("户编码", true, List.of("户编码", "编码", "户号", "code")),
    VILLAGE("村（社区）代码", true, List.of("村代码", "村(社区)代码", "村（社区）代码", "村居代码", "社区代码", "village_code", "village")),
    ADDRESS("地址", true, List.of("地址", "住址", "门牌地址", "address")),
    HEAD_NAME("户主姓名", true, List.of("户主姓名", "户主", "姓名", "head_name", "name")),
    ID_NUMBER("身份证号", false, List.of("身份证号", "身份证号码", "公民身份号码", "id_number")),
    PHONE("联系电话", false, List.of("联系电话", "电话", "手机", "手机号", "phone")),
    SIZE("户人口数", false, List.of("户人口数", "人口", "人数", "家庭人口", "size")),
    LON("经度", false, List.of("经度", "lon", "lng", "longitude", "x")),
    LAT("纬度", false, List.of("纬度", "lat", "latitude", "y"));

    private final String label;
    private final boolean required;
    private final List<String> headings;

    LedgerField(String label, boolean required, List<String> headings) {
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
