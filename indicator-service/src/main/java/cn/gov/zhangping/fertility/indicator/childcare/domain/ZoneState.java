package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.util.UUID;

/** A residential zone as the register last described it before a moment. */
public record ZoneState(UUID zoneId, String townshipCode, String kind, int residents) {
}
