package cn.gov.zhangping.fertility.indicator.households.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.benefit.PaymentRecordedV1;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1;
import cn.gov.zhangping.fertility.contracts.household.HouseholdStatusChangedV1;
import cn.gov.zhangping.fertility.indicator.households.domain.HouseholdIndicators;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The households' events and benefit-service's payments, each once (inbox). A status change moves no indicator (the
 * yearly review says who is a recipient), so it is read, checked and only recorded as seen.
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    HouseholdIndicators indicators;

    private Handlers households;
    private Handlers payments;

    @PostConstruct
    void handlers() {
        households = Handlers.from(HouseholdEventTypes.SOURCE)
                .on(HouseholdEventTypes.STATUS_CHANGED_V1, HouseholdStatusChangedV1.class, e -> { })
                .on(HouseholdEventTypes.REVIEW_COMPLETED_V1, HouseholdReviewCompletedV1.class, indicators::reviewed);
        payments = Handlers.from(BenefitEventTypes.SOURCE)
                .on(BenefitEventTypes.PAYMENT_RECORDED_V1, PaymentRecordedV1.class, indicators::paid);
    }

    @Incoming("households")
    @Blocking
    public void onHouseholdEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, households);
    }

    @Incoming("benefit-payments")
    @Blocking
    public void onPaymentEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, payments);
    }
}
