package cn.gov.zhangping.fertility.benefit.entitlements.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records each registered birth's entitlements once: the inbox row and the entitlements commit together. */
@ApplicationScoped
public class BirthRegisteredConsumer {

    @Inject
    Inbox inbox;

    @Inject
    EntitlementService service;

    @Incoming("birth-registrations")
    @Blocking
    public void onBirthRegistered(ConsumerRecord<String, String> record) {
        inbox.process(record, BirthRegistered.TYPE, BirthRegistered.class, b -> service.recordFor(b.toBirth()));
    }
}
