package cn.gov.zhangping.fertility.local.generator;

import java.util.random.RandomGenerator;

/** Children's names: a common surname of the region and one or two given-name characters. */
final class Names {

    private static final String[] SURNAMES = {"陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "邓",
        "罗", "谢", "苏", "赖", "曾", "邱", "卢", "翁", "温", "詹", "傅"};
    private static final String BOYS = "宇浩轩然博泽俊明杰睿文涛志伟鹏辉晨阳嘉诚";
    private static final String GIRLS = "欣怡雨涵梓萱诗琪佳慧婷雅静悦晴妍思琳宁安";

    private Names() {
    }

    static String child(String surname, boolean male, RandomGenerator random) {
        String pool = male ? BOYS : GIRLS;
        StringBuilder name = new StringBuilder(surname);
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    static String surname(RandomGenerator random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }
}
