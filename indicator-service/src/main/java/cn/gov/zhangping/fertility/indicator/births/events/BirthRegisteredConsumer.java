package cn.gov.zhangping.fertility.indicator.births.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.indicator.births.domain.BirthCounter;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts each registered birth once: the inbox row and the counter update commit together. */
@ApplicationScoped
public class BirthRegisteredConsumer {

    @Inject
    Inbox inbox;

    @Inject
    BirthCounter counter;

    @Incoming("birth-registrations")
    @Blocking
    public void onBirthRegistered(ConsumerRecord<String, String> record) {
        inbox.process(record, BirthRegistered.TYPE, BirthRegistered.class,
                b -> counter.count(b.birthDate().getYear(), b.townshipCode(), b.sex()));
    }
}
