package cn.gov.zhangping.fertility.benefit.enrolments.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.enrolments.domain.Enrolment;
import cn.gov.zhangping.fertility.benefit.enrolments.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Cause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeCause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentChangedV1;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import cn.gov.zhangping.fertility.platform.revision.Revisions;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each enrolment as its latest event says (childcare-registry-service) and books the childcare fee reduction
 * again for its child ({@link cn.gov.zhangping.fertility.benefit.policy.domain.EnrolmentBooking}): ACTIVE for the
 * enrolment's months, ENDED when it ends. Each event applies once and only when newer than the enrolment's last
 * applied revision; the inbox row, the revision, the enrolment and the entitlement with its history commit together.
 * An enrolment that arrives before its child's registration is kept, and counted when the registration arrives.
 */
@ApplicationScoped
public class EnrolmentEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Revisions revisions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ChildRepository children;

    @Inject
    EntitlementService entitlements;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = Handlers.from(ChildcareEventTypes.SOURCE)
                .on(ChildcareEventTypes.ENROLMENT_CHANGED_V1, EnrolmentChangedV1.class, this::changed);
    }

    @Incoming("childcare-enrolments")
    @Blocking
    public void onEnrolmentEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }

    void changed(EnrolmentChangedV1 e) {
        if (!revisions.decide(ChildcareEventTypes.ENROLMENT_AGGREGATE, e.enrolmentId(), e.revision()).applies()) {
            return;
        }
        Enrolment enrolment = enrolments.findById(e.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
        boolean first = enrolment == null;
        if (first) {
            enrolment = new Enrolment();
            enrolment.enrolmentId = e.enrolmentId();
        }
        UUID before = enrolment.registrationId;
        enrolment.registrationId = e.childRegistrationId();
        enrolment.institutionId = e.institutionId();
        enrolment.institutionKind = e.institutionKind().name();
        enrolment.status = e.status().name();
        enrolment.monthlyFeeFen = Fen.ofYuan(e.monthlyFee()).value();
        enrolment.startDate = e.startDate();
        enrolment.endDate = e.endDate();
        enrolment.revision = e.revision();
        enrolment.updatedAt = Instant.now();
        if (first) {
            enrolments.persist(enrolment);
        }
        enrolments.flush();
        String detail = "enrolment " + e.enrolmentId() + " " + e.status() + " (revision " + e.revision() + ")";
        redetermine(e.childRegistrationId(), detail);
        if (before != null && !before.equals(e.childRegistrationId())) {
            // moved to another child (a correction at the registry): the first child's booking goes as well
            redetermine(before, detail);
        }
    }

    private void redetermine(UUID registrationId, String detail) {
        Child child = children.findById(registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (child != null) {
            entitlements.redetermine(child, new Cause(ChangeCause.ENROLMENT_CHANGED, child.revision, detail));
        }
    }
}
