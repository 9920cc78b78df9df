package cn.gov.zhangping.fertility.benefit.entitlements.events;

import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Birth;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Cause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeReason;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventHandlers;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationReviewedV1;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import cn.gov.zhangping.fertility.platform.revision.Revisions;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each birth's entitlements as its registration stands: a registration or a correction determines them (the
 * difference is recorded as granted, changed or withdrawn), a cancellation withdraws them all. Each event applies
 * once and only if it is newer than the registration's last applied revision; the inbox row, the revision, the
 * entitlements and their history commit together.
 */
@ApplicationScoped
public class BirthEventsConsumer implements BirthEventHandlers.Effects {

    /** Why an entitlement is held (the history's detail): no personal data, the review's cause is the registration's. */
    static final String REVIEW_PENDING = "held: the birth registration is under review (birth order or special family in doubt)";

    @Inject
    Inbox inbox;

    @Inject
    Revisions revisions;

    @Inject
    EntitlementService service;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = BirthEventHandlers.of(revisions, this);
    }

    @Incoming("birth-registrations")
    @Blocking
    public void onBirthEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }

    @Override
    public void registered(BirthRegisteredV1 b) {
        service.determine(new Birth(b.registrationId(), b.birthDate(), b.birthOrder(), b.specialFamily(),
                        b.isReviewPending()),
                new Cause(ChangeReason.BIRTH_REGISTERED, b.revisionOrFirst(), b.isReviewPending() ? REVIEW_PENDING : null));
    }

    @Override
    public void corrected(BirthRegistrationCorrectedV1 c) {
        String fields = c.changedFields().stream().map(Enum::name).collect(Collectors.joining(", "));
        service.determine(new Birth(c.registrationId(), c.birthDate(), c.birthOrder(), c.specialFamily(),
                        c.isReviewPending()),
                new Cause(ChangeReason.REGISTRATION_CORRECTED, c.revision(), "corrected: " + fields
                        + (c.isReviewPending() ? "; " + REVIEW_PENDING : "")));
    }

    @Override
    public void reviewed(BirthRegistrationReviewedV1 r) {
        String confirmed = r.confirmedFindings().stream().map(Enum::name).collect(Collectors.joining(", "));
        service.releaseAll(r.registrationId(), new Cause(ChangeReason.REGISTRATION_REVIEWED, r.revision(),
                "confirmed: " + confirmed));
    }

    @Override
    public void cancelled(BirthRegistrationCancelledV1 c) {
        String detail = c.reason().name() + (c.duplicateOf() == null ? "" : " of " + c.duplicateOf());
        service.withdrawAll(c.registrationId(), new Cause(ChangeReason.REGISTRATION_CANCELLED, c.revision(), detail));
    }
}
