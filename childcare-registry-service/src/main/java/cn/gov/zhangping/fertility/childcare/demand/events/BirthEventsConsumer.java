package cn.gov.zhangping.fertility.childcare.demand.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemandService;
import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.RepricingEnrolments;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventHandlers;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationReviewedV1;
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
 * Keeps each registered child in the under-3 demand of its township and community as the birth events say: a
 * registration or a correction places it (a correction may move it to another township, community or birth date),
 * a cancellation removes it. Each event applies once and only if it is newer than the registration's last applied
 * revision; the inbox row, the revision and the child's row commit together. A child whose community is not in its
 * township is refused by the event contract and dead-lettered.
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
    ChildcareDemandService demand;

    @Inject
    RepricingEnrolments fees;

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
        demand.place(new RegisteredChild(b.registrationId(), b.townshipCode(), b.communityCode(), b.birthDate(),
                b.birthOrder(), b.specialFamily()));
        fees.factsChanged(b.registrationId(), b.isReviewPending());
    }

    @Override
    public void corrected(BirthRegistrationCorrectedV1 c) {
        demand.place(new RegisteredChild(c.registrationId(), c.townshipCode(), c.communityCode(), c.birthDate(),
                c.birthOrder(), c.specialFamily()));
        fees.factsChanged(c.registrationId(), c.isReviewPending());
    }

    @Override
    public void reviewed(BirthRegistrationReviewedV1 r) {
        fees.reviewed(r.registrationId(), r.birthOrder());
    }

    @Override
    public void cancelled(BirthRegistrationCancelledV1 c) {
        demand.remove(c.registrationId());
    }
}
