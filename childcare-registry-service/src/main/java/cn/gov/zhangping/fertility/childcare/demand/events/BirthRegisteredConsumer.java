package cn.gov.zhangping.fertility.childcare.demand.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemandService;
import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts each registered child once in the under-3 demand of its township and community: the inbox row and the
 * child's row commit together. A child whose community is not in its township cannot be placed and is dead-lettered.
 */
@ApplicationScoped
public class BirthRegisteredConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ChildcareDemandService demand;

    @Incoming("birth-registrations")
    @Blocking
    public void onBirthRegistered(ConsumerRecord<String, String> record) {
        inbox.process(record, BirthRegistered.TYPE, BirthRegistered.class, b -> {
            if (!Townships.isCommunityOf(b.communityCode(), b.townshipCode())) {
                throw new PoisonEventException("birth registration " + b.registrationId()
                        + " data is not valid: communityCode is not a community of townshipCode");
            }
            demand.count(new RegisteredChild(b.registrationId(), b.townshipCode(), b.communityCode(), b.birthDate()));
        });
    }
}
