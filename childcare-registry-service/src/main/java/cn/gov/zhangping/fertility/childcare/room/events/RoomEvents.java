package cn.gov.zhangping.fertility.childcare.room.events;

import cn.gov.zhangping.fertility.childcare.room.domain.PublicPlace;
import cn.gov.zhangping.fertility.childcare.room.domain.RoomRequirementRule;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.RoomChangedV1;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The place with its room as it now stands, keyed by the place id: what indicator 16 is computed from. */
public final class RoomEvents {

    private RoomEvents() {
    }

    public static OutgoingEvent changed(PublicPlace p, RoomRequirementRule requiredBy) {
        RoomChangedV1 data = new RoomChangedV1(p.id, p.kind, p.townshipCode, requiredBy != null,
                requiredBy == null ? null : requiredBy.code, p.roomPresent, p.roomOpenedOn, p.roomMeetsStandard, p.revision,
                p.changedAt);
        return new OutgoingEvent(ChildcarePlanningEventTypes.TOPIC, ChildcarePlanningEventTypes.ROOM_CHANGED_V1,
                p.id.toString(), ChildcarePlanningEventTypes.schemaOf(ChildcarePlanningEventTypes.ROOM_CHANGED_V1), data);
    }
}
