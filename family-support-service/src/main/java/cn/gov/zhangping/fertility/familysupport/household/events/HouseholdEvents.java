package cn.gov.zhangping.fertility.familysupport.household.events;

import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdStatusChangedV1;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdStatusChange;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The status events of a household, keyed by its id; pseudonymous ids and codes only. */
public final class HouseholdEvents {

    private HouseholdEvents() {
    }

    public static OutgoingEvent statusChanged(Household h, HouseholdStatusChange c) {
        HouseholdStatusChangedV1 data = new HouseholdStatusChangedV1(h.id, c.revision, h.familyId, c.kind.name(),
                c.memberId, c.effectiveOn, c.basisAfter.name(), c.schemeAfter.name(), c.statusAfter.name(),
                h.townshipCode, c.recordedAt);
        return of(h, HouseholdEventTypes.STATUS_CHANGED_V1, data);
    }

    public static OutgoingEvent of(Household h, String type, Object data) {
        return new OutgoingEvent(HouseholdEventTypes.TOPIC, type, h.id.toString(), HouseholdEventTypes.schemaOf(type), data);
    }
}
