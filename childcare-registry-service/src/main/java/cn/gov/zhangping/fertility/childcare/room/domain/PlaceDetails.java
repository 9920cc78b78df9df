package cn.gov.zhangping.fertility.childcare.room.domain;

import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;

/** What the register holds of a public place itself (its room is recorded apart). */
public record PlaceDetails(String name, PublicPlaceKind kind, String townshipCode, int floorAreaM2, int dailyVisitors) {
}
