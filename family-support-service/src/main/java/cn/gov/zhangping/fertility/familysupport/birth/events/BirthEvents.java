package cn.gov.zhangping.fertility.familysupport.birth.events;

import java.time.Instant;
import java.util.List;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationReviewedV1;
import cn.gov.zhangping.fertility.contracts.birth.CorrectableField;
import cn.gov.zhangping.fertility.contracts.birth.ReviewFinding;
import cn.gov.zhangping.fertility.contracts.birth.Sex;
import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.birth.domain.FieldChange;
import cn.gov.zhangping.fertility.familysupport.family.domain.Finding;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/**
 * The events family-support-service publishes about births: the records of the contract ({@code contracts} module),
 * on its one topic, keyed by the registration id. Never a name or an identity number: a correction of the child's
 * name or the hospital is named in {@code changedFields}, its values are not carried.
 */
public final class BirthEvents {

    private BirthEvents() {
    }

    public static OutgoingEvent registered(BirthRegistration r) {
        BirthRegisteredV1 data = new BirthRegisteredV1(r.id, sex(r), r.birthDate, r.birthOrder, r.townshipCode,
                r.communityCode, r.specialFamily, r.rural, r.registeredAt, r.revision, r.familyId, r.reviewPending());
        return event(BirthEventTypes.REGISTERED_V1, r, data);
    }

    /** After a correction (the revision already moved on): every fact the registration carries, and what changed. */
    public static OutgoingEvent corrected(BirthRegistration r, List<FieldChange> changes, Instant at) {
        List<CorrectableField> changed = changes.stream().filter(c -> !c.field().equals(FieldChange.STATUS))
                .map(c -> CorrectableField.valueOf(c.field())).toList();
        BirthRegistrationCorrectedV1 data = new BirthRegistrationCorrectedV1(r.id, r.revision, sex(r), r.birthDate,
                r.birthOrder, r.townshipCode, r.communityCode, r.specialFamily, r.rural, changed, at, r.familyId,
                r.reviewPending());
        return event(BirthEventTypes.CORRECTED_V1, r, data);
    }

    /** After a reviewer confirmed the findings of a registration under review (the revision already moved on). */
    public static OutgoingEvent reviewed(BirthRegistration r, List<Finding> confirmed, Instant at) {
        BirthRegistrationReviewedV1 data = new BirthRegistrationReviewedV1(r.id, r.revision, r.familyId, r.birthOrder,
                false, confirmed.stream().map(f -> ReviewFinding.valueOf(f.name())).toList(), at);
        return event(BirthEventTypes.REVIEWED_V1, r, data);
    }

    /** After a cancellation (the revision already moved on). */
    public static OutgoingEvent cancelled(BirthRegistration r) {
        BirthRegistrationCancelledV1 data = new BirthRegistrationCancelledV1(r.id, r.revision, r.cancellationReason,
                r.duplicateOf, r.cancelledAt);
        return event(BirthEventTypes.CANCELLED_V1, r, data);
    }

    private static Sex sex(BirthRegistration r) {
        return Sex.valueOf(r.sex.name());
    }

    private static OutgoingEvent event(String type, BirthRegistration r, Object data) {
        return new OutgoingEvent(BirthEventTypes.TOPIC, type, r.id.toString(), BirthEventTypes.schemaOf(type), data);
    }
}
