package cn.gov.zhangping.fertility.indicator.childcare.domain;

/** A public place as the register last described it before a moment: must it have a mother-and-baby room, has it one. */
public record PlaceState(String townshipCode, boolean roomRequired, boolean roomPresent) {
}
