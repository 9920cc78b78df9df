package cn.gov.zhangping.fertility.childcare.enrolment.events;

import java.time.Instant;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The enrolment event: the enrolment as it now stands, keyed by its id. No names: the child is its registration id. */
public final class EnrolmentEvents {

    private EnrolmentEvents() {
    }

    public static OutgoingEvent changed(Enrolment e, InstitutionKind kind) {
        EnrolmentChangedV1 data = new EnrolmentChangedV1(e.id, e.childId, e.institutionId, kind, e.status, e.monthlyFee,
                e.reductionRatio, e.reducedFee, e.startDate, e.endDate, e.revision, Instant.now(), e.reductionHeld);
        return new OutgoingEvent(ChildcareEventTypes.ENROLMENTS_TOPIC, ChildcareEventTypes.ENROLMENT_CHANGED_V1,
                e.id.toString(), ChildcareEventTypes.schemaOf(ChildcareEventTypes.ENROLMENT_CHANGED_V1), data);
    }
}
