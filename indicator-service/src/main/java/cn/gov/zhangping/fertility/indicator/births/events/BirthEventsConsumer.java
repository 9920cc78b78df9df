package cn.gov.zhangping.fertility.indicator.births.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventHandlers;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.indicator.births.domain.BirthCell;
import cn.gov.zhangping.fertility.indicator.births.domain.BirthCounter;
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
 * Keeps each birth registration's observation as its events say: a registration or a correction puts it in its
 * (year, township, sex) cell, a cancellation takes it out. Each event applies once and only if it is newer than
 * the registration's last applied revision; the inbox row, the revision and the observation commit together.
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
    BirthCounter counter;

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
        counter.observe(b.registrationId(), b.revisionOrFirst(), BirthCell.of(b.birthDate(), b.townshipCode(), b.sex().name()));
    }

    @Override
    public void corrected(BirthRegistrationCorrectedV1 c) {
        counter.observe(c.registrationId(), c.revision(), BirthCell.of(c.birthDate(), c.townshipCode(), c.sex().name()));
    }

    @Override
    public void cancelled(BirthRegistrationCancelledV1 c) {
        counter.remove(c.registrationId(), c.revision());
    }
}
