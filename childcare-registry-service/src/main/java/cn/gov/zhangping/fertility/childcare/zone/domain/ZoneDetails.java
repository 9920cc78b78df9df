package cn.gov.zhangping.fertility.childcare.zone.domain;

import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;

/** What the register holds of a residential zone, as an administrator gives it (one request or one CSV line). */
public record ZoneDetails(String code, String townshipCode, String communityCode, String name, ZoneKind kind,
                          Integer residents) {
}
