package cn.gov.zhangping.fertility.childcare.institution.events;

import java.time.Instant;

import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionStatusV1;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The institution event, keyed by the institution id: what the indicators of slots and coverage are computed from. */
public final class InstitutionEvents {

    private InstitutionEvents() {
    }

    public static OutgoingEvent changed(ChildcareInstitution i) {
        InstitutionChangedV1 data = new InstitutionChangedV1(i.id, i.kind, i.inclusive, i.townshipCode, i.communityCode,
                i.zoneId, InstitutionStatusV1.valueOf(i.status.name()), i.totalSlots, i.inclusiveSlots, i.revision,
                Instant.now());
        return new OutgoingEvent(ChildcareEventTypes.INSTITUTIONS_TOPIC, ChildcareEventTypes.INSTITUTION_CHANGED_V1,
                i.id.toString(), ChildcareEventTypes.schemaOf(ChildcareEventTypes.INSTITUTION_CHANGED_V1), data);
    }
}
