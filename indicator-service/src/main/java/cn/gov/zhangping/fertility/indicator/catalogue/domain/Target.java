package cn.gov.zhangping.fertility.indicator.catalogue.domain;

import java.math.BigDecimal;

/** An indicator's target for one plan period (Annex 1 for 2023–2025), with the annex's own text and its source. */
public record Target(String planPeriod, int firstYear, int lastYear, int targetYear, String targetText,
                     Comparator comparator, BigDecimal target, String source) {

    public boolean covers(int year) {
        return firstYear <= year && year <= lastYear;
    }
}
