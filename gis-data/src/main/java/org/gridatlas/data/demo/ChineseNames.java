package org.gridatlas.data.demo;

import java.util.SplittableRandom;

/** Realistic but invented Chinese personal names and mobile numbers. */
final class ChineseNames {

    // common surnames, most frequent first (sampled with a falling weight)
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤狄芮";
    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋国建新东海峰志中文德荣成福贵";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲桂兰萍红梅琴云莲英华秀珍凤翠颖慧雪婷倩洁晶琳春丹月美";
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
        "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181",
        "182", "183", "185", "186", "187", "188", "189", "198", "199"};

    private ChineseNames() {
    }

    static String name(boolean male, SplittableRandom rnd) {
        // skewed toward the first surnames: index = n * u^2
        double u = rnd.nextDouble();
        int s = (int) (SURNAMES.length() * u * u);
        String pool = male ? MALE : FEMALE;
        StringBuilder b = new StringBuilder(3).append(SURNAMES.charAt(s));
        b.append(pool.charAt(rnd.nextInt(pool.length())));
        if (rnd.nextDouble() < 0.7) {
            b.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        return b.toString();
    }

    static String mobile(SplittableRandom rnd) {
        return MOBILE_PREFIXES[rnd.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", rnd.nextInt(100_000_000));
    }
}
