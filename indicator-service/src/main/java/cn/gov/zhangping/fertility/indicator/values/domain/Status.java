package cn.gov.zhangping.fertility.indicator.values.domain;

/** Where an indicator stands against its target in a period (see {@link StatusRule}). */
public enum Status {
    MET, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}
