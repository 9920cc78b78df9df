package cn.gov.zhangping.fertility.childcare.room.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;

/**
 * Which public places must have a mother-and-baby room: a place of the kind with more than the floor area or more
 * than the daily visitors (国卫妇幼发〔2016〕63号: "建筑面积超过1万平方米或日客流量超过1万人"), seeded with its source.
 */
@Entity
@Table(name = "room_requirement_rule")
public class RoomRequirementRule {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false)
    public PublicPlaceKind placeKind;

    @Column(name = "floor_area_above_m2", nullable = false)
    public int floorAreaAboveM2;

    @Column(name = "daily_visitors_above", nullable = false)
    public int dailyVisitorsAbove;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String source;

    /** Whether the rule asks a place of its kind with this floor area and these visitors for a room. */
    public boolean requires(PublicPlaceKind kind, int floorAreaM2, int dailyVisitors) {
        return kind == placeKind && (floorAreaM2 > floorAreaAboveM2 || dailyVisitors > dailyVisitorsAbove);
    }
}
