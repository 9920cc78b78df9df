package cn.gov.zhangping.fertility.indicator.values.domain;

/**
 * Fired in the transaction that changes what the figures are computed from (a birth event, a population year, an
 * approved report); observers that act after commit (the dashboard's live stream) see it only once it is stored.
 */
public record IndicatorsChanged(String what) {
}
