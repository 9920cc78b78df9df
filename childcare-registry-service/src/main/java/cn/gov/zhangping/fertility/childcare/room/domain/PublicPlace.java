package cn.gov.zhangping.fertility.childcare.room.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;

/**
 * A public place of the register with its mother-and-baby room (母婴室, 漳政办规〔2023〕2号 二(三)9; indicator 16).
 * Whether it must have a room is not stored: the seeded rules decide it from its kind, floor area and visitors.
 */
@Entity
@Table(name = "public_place")
public class PublicPlace {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicPlaceKind kind;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "floor_area_m2", nullable = false)
    public int floorAreaM2;

    @Column(name = "daily_visitors", nullable = false)
    public int dailyVisitors;

    @Column(name = "room_present", nullable = false)
    public boolean roomPresent;

    @Column(name = "room_opened_on")
    public LocalDate roomOpenedOn;

    @Column(name = "room_meets_standard", nullable = false)
    public boolean roomMeetsStandard;

    @Column(nullable = false)
    public int revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The first rule that asks this place for a room, if any. */
    public Optional<RoomRequirementRule> requiredBy(List<RoomRequirementRule> rules) {
        return rules.stream().filter(r -> r.requires(kind, floorAreaM2, dailyVisitors)).findFirst();
    }

    public PlaceDetails details() {
        return new PlaceDetails(name, kind, townshipCode, floorAreaM2, dailyVisitors);
    }

    /** Takes what the register says of the place now; false when nothing changed. */
    public boolean change(PlaceDetails d, Instant at) {
        if (details().equals(d)) {
            return false;
        }
        apply(d);
        touch(at);
        return true;
    }

    /** Records the room as it is; false when nothing changed. */
    public boolean recordRoom(boolean present, LocalDate openedOn, boolean meetsStandard, Instant at) {
        if (roomPresent == present && java.util.Objects.equals(roomOpenedOn, openedOn) && roomMeetsStandard == meetsStandard) {
            return false;
        }
        roomPresent = present;
        roomOpenedOn = openedOn;
        roomMeetsStandard = meetsStandard;
        touch(at);
        return true;
    }

    void apply(PlaceDetails d) {
        name = d.name();
        kind = d.kind();
        townshipCode = d.townshipCode();
        floorAreaM2 = d.floorAreaM2();
        dailyVisitors = d.dailyVisitors();
    }

    private void touch(Instant at) {
        revision++;
        changedAt = at;
    }
}
