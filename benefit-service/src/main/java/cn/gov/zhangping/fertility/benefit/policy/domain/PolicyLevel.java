package cn.gov.zhangping.fertility.benefit.policy.domain;

/** Who made the rule. A rule of a higher level keeps its own period when the city plan's period ends. */
public enum PolicyLevel {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    CITY
}
