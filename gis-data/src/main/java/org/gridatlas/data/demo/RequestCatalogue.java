package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.List;

/** 村官代办三十条 (seed 001 篇6): the default request catalogue, 8 classes and 30 items, in DOMAIN.md order. */
final class RequestCatalogue {

    record Item(int id, String category, String item, int sortOrder) {
    }

    // The source names "8大类30项" but its list spells out 25 entries (DOMAIN.md's table). Three of them name two
    // acts each and are split as the source words them (入党 / 党组织关系接转, 户口迁入 / 迁出, 个体经营 / 灵活就业);
    // seed 000's frequent items 高龄补贴 and 殡葬 complete the thirty.
    private static final String[][] CLASSES = {
        {"民政和社会保障", "五保对象入住敬老院", "申报农村五保", "申报优抚", "残疾人护理补贴", "申办残疾证", "大病医疗救助",
            "临时生活救助", "城乡最低生活保障(低保)", "就业援助", "高龄补贴"},
        {"计生服务", "流动人口婚育证明", "生育服务登记", "病残儿医学鉴定"},
        {"建房与林木", "村民建房申请", "商品林采伐申请"},
        {"矛盾纠纷", "民间纠纷调处申请", "法律援助"},
        {"兵役登记", "兵役登记"},
        {"灵活就业", "个体经营登记", "灵活就业登记"},
        {"社保参保", "征地农转非人员参保", "城乡居民养老保险", "新型农村合作医疗", "社保年审"},
        {"其他", "入党申请", "党组织关系接转", "户口迁入", "户口迁出", "殡葬服务", "其他申请"},
    };

    /** Relative frequency of each item in the demo requests (same order as {@link #ITEMS}). */
    static final double[] WEIGHTS = {
        1, 2, 2, 4, 3, 3, 4, 6, 2, 6,
        1, 2, 1,
        4, 2,
        2, 3,
        1,
        2, 2,
        2, 8, 8, 6,
        1, 2, 3, 3, 2, 5,
    };

    static final List<Item> ITEMS = build();

    private RequestCatalogue() {
    }

    private static List<Item> build() {
        List<Item> items = new ArrayList<>();
        for (String[] c : CLASSES) {
            for (int i = 1; i < c.length; i++) {
                int id = items.size() + 1;
                items.add(new Item(id, c[0], c[i], id * 10));
            }
        }
        if (items.size() != WEIGHTS.length) {
            throw new IllegalStateException("catalogue and weights differ");
        }
        return List.copyOf(items);
    }
}
