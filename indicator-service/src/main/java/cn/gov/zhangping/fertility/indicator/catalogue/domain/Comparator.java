package cn.gov.zhangping.fertility.indicator.catalogue.domain;

/** How a value is held against its target (Annex 1: ≥, ≤, 左右 "about", or a plain value read as "="). */
public enum Comparator {
    AT_LEAST("≥"), AT_MOST("≤"), ABOUT("≈"), EQUAL("=");

    private final String sign;

    Comparator(String sign) {
        this.sign = sign;
    }

    public String sign() {
        return sign;
    }
}
