package cn.gov.zhangping.fertility.familysupport.birth.events;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The events family-support-service publishes about births. */
public final class BirthEvents {

    public static final String TOPIC = "fertility.birth-registrations.v1";
    public static final String REGISTERED_V1 = "cn.gov.zhangping.fertility.birth.registered.v1";
    public static final String REGISTERED_V1_SCHEMA = "https://fertility.zhangping.gov.cn/schemas/birth.registered.v1.json";

    private BirthEvents() {
    }

    public static OutgoingEvent registered(BirthRegistration r) {
        BirthRegisteredV1 data = new BirthRegisteredV1(r.id, r.sex.name(), r.birthDate, r.birthOrder,
                r.townshipCode, r.communityCode, r.specialFamily, r.rural, r.registeredAt);
        return new OutgoingEvent(TOPIC, REGISTERED_V1, r.id.toString(), REGISTERED_V1_SCHEMA, data);
    }
}
