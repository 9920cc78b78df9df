package cn.gov.zhangping.fertility.indicator.application.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.contracts.application.SubMatterChangedV1;
import cn.gov.zhangping.fertility.indicator.application.domain.ApplicationService;
import cn.gov.zhangping.fertility.platform.inbox.BatchedInbox;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The joint application's sub-matter events: each once (inbox), observed in the same transaction. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    BatchedInbox batchedInbox;

    @Inject
    ApplicationService service;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = Handlers.from(ApplicationEventTypes.SOURCE)
                .on(ApplicationEventTypes.SUB_MATTER_CHANGED_V1, SubMatterChangedV1.class, service::observe);
    }

    /** The channel is read in batches (its {@code batch=true}): one transaction per batch, each event once. */
    @Incoming("applications")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onApplicationEvents(KafkaRecordBatch<String, String> batch) {
        return batchedInbox.dispatch(batch, handlers);
    }

    /** Applies one record in a transaction of its own (what a batch falls back to). */
    public void onApplicationEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }
}
