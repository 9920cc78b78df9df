package cn.gov.zhangping.fertility.childcare.zone.events;

import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneChangedV1;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The zone register's event: the zone as it now stands, keyed by its id (the institutions' zoneId). */
public final class ZoneEvents {

    private ZoneEvents() {
    }

    public static OutgoingEvent changed(ResidentialZone z) {
        ZoneChangedV1 data = new ZoneChangedV1(z.id, z.code, z.townshipCode, z.communityCode, z.kind, z.residents,
                z.revision, z.changedAt);
        return new OutgoingEvent(ChildcarePlanningEventTypes.TOPIC, ChildcarePlanningEventTypes.ZONE_CHANGED_V1,
                z.id.toString(), ChildcarePlanningEventTypes.schemaOf(ChildcarePlanningEventTypes.ZONE_CHANGED_V1), data);
    }
}
