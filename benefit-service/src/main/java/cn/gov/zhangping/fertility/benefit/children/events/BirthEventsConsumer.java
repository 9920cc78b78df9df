package cn.gov.zhangping.fertility.benefit.children.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.Cause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeCause;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventHandlers;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationReviewedV1;
import cn.gov.zhangping.fertility.contracts.birth.Sex;
import cn.gov.zhangping.fertility.platform.inbox.BatchedInbox;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import cn.gov.zhangping.fertility.platform.revision.Revisions;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each registered child's facts as its registration stands and determines its entitlements again on every
 * event: a registration or correction sets the facts (with {@code reviewPending}, which holds what depends on the birth
 * order or special-family status), a review confirms them and releases what was held, a cancellation ends every
 * entitlement. Each event applies once
 * and only if it is newer than the registration's last applied revision; the inbox row, the revision, the facts and
 * the entitlements with their history commit together.
 */
@ApplicationScoped
public class BirthEventsConsumer implements BirthEventHandlers.Effects {

    @Inject
    Inbox inbox;

    @Inject
    BatchedInbox batchedInbox;

    @Inject
    Revisions revisions;

    @Inject
    ChildRepository children;

    @Inject
    EntitlementService entitlements;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = BirthEventHandlers.of(revisions, this);
    }

    /** The channel is read in batches (its {@code batch=true}): one transaction per batch, each event once. */
    @Incoming("birth-registrations")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onBirthEvents(KafkaRecordBatch<String, String> batch) {
        return batchedInbox.dispatch(batch, handlers);
    }

    /** Applies one record in a transaction of its own (what a batch falls back to; the tests call it directly). */
    public void onBirthEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }

    @Override
    public void registered(BirthRegisteredV1 b) {
        Child child = child(b.registrationId());
        child.familyId = b.familyId();
        child.townshipCode = b.townshipCode();
        child.reviewPending = b.isReviewPending();
        facts(child, b.revisionOrFirst(), b.sex(), b.birthDate(), b.birthOrder(), b.specialFamily());
        entitlements.redetermine(child, new Cause(ChangeCause.BIRTH_REGISTERED, child.revision, null));
    }

    @Override
    public void corrected(BirthRegistrationCorrectedV1 c) {
        Child child = child(c.registrationId());
        child.familyId = c.familyId() != null ? c.familyId() : child.familyId;
        child.townshipCode = c.townshipCode();
        child.reviewPending = c.isReviewPending();
        facts(child, c.revision(), c.sex(), c.birthDate(), c.birthOrder(), c.specialFamily());
        String fields = c.changedFields().stream().map(Enum::name).collect(Collectors.joining(", "));
        entitlements.redetermine(child, new Cause(ChangeCause.REGISTRATION_CORRECTED, child.revision, "corrected: " + fields));
    }

    @Override
    public void cancelled(BirthRegistrationCancelledV1 c) {
        Child child = children.findById(c.registrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (child == null) {
            // cancelled before its registration arrived (a gap): nothing was determined, and nothing will be
            return;
        }
        child.cancelled = true;
        child.revision = c.revision();
        child.updatedAt = Instant.now();
        String detail = c.reason().name() + (c.duplicateOf() == null ? "" : " of " + c.duplicateOf());
        entitlements.redetermine(child, new Cause(ChangeCause.REGISTRATION_CANCELLED, c.revision(), detail));
    }

    @Override
    public void reviewed(BirthRegistrationReviewedV1 r) {
        Child child = children.findById(r.registrationId(), LockModeType.PESSIMISTIC_WRITE);
        if (child == null) {
            // reviewed before its registration arrived (a gap): the registration's facts are not known here
            return;
        }
        child.reviewPending = false;
        child.birthOrder = r.birthOrder();
        child.familyId = r.familyId() != null ? r.familyId() : child.familyId;
        child.revision = r.revision();
        child.updatedAt = Instant.now();
        String findings = r.confirmedFindings().stream().map(Enum::name).collect(Collectors.joining(", "));
        entitlements.redetermine(child, new Cause(ChangeCause.REGISTRATION_REVIEWED, r.revision(), "confirmed: " + findings));
    }

    private Child child(UUID registrationId) {
        Child child = children.findById(registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (child == null) {
            child = new Child();
            child.registrationId = registrationId;
        }
        return child;
    }

    /** Sets the facts of the revision, and stores a child seen for the first time (with them: the insert takes the values it has then). */
    private void facts(Child child, int revision, Sex sex, LocalDate birthDate, int birthOrder, boolean specialFamily) {
        child.revision = revision;
        child.sex = sex.name();
        child.birthDate = birthDate;
        child.birthOrder = birthOrder;
        child.specialFamily = specialFamily;
        child.cancelled = false;
        child.updatedAt = Instant.now();
        if (!children.isPersistent(child)) {
            children.persist(child);
        }
    }
}
