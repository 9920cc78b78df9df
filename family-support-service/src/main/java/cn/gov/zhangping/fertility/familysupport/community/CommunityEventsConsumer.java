package cn.gov.zhangping.fertility.familysupport.community;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the copy of the community register from childcare-registry-service's community-changed.v1 events: each
 * event once (inbox), and a stale revision never replaces a newer one (the row keeps its revision; community codes
 * are not UUIDs, so the platform's Revisions does not track them).
 */
@ApplicationScoped
public class CommunityEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    CommunityRegister register;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = Handlers.from(CommunityEventTypes.SOURCE)
                .on(CommunityEventTypes.CHANGED_V1, CommunityChangedV1.class, register::keep);
    }

    @Incoming("communities")
    @Blocking
    public void onCommunityEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }
}
