package cn.gov.zhangping.fertility.indicator.childcare.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.RoomChangedV1;
import cn.gov.zhangping.fertility.contracts.childcare.TrainingRecordedV1;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.indicator.childcare.domain.ChildcareIndicators;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Observes every revision of the childcare institutions, the community register and the planning registers (zones,
 * training cohorts, public places) that childcare-registry-service publishes: each event once (inbox, in the same
 * transaction as its observation). Every event carries the whole state with its revision, so a stale or repeated one
 * changes nothing (see ChildcareObservationRepository).
 */
@ApplicationScoped
public class ChildcareEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ChildcareIndicators indicators;

    private Handlers institutions;
    private Handlers communities;
    private Handlers planning;

    @PostConstruct
    void handlers() {
        institutions = Handlers.from(ChildcareEventTypes.SOURCE)
                .on(ChildcareEventTypes.INSTITUTION_CHANGED_V1, InstitutionChangedV1.class, indicators::institution);
        communities = Handlers.from(CommunityEventTypes.SOURCE)
                .on(CommunityEventTypes.CHANGED_V1, CommunityChangedV1.class, indicators::community);
        planning = Handlers.from(ChildcareEventTypes.SOURCE)
                .on(ChildcarePlanningEventTypes.ZONE_CHANGED_V1, ZoneChangedV1.class, indicators::zone)
                .on(ChildcarePlanningEventTypes.TRAINING_RECORDED_V1, TrainingRecordedV1.class, indicators::training)
                .on(ChildcarePlanningEventTypes.ROOM_CHANGED_V1, RoomChangedV1.class, indicators::room);
    }

    @Incoming("childcare-institutions")
    @Blocking
    public void onInstitutionEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, institutions);
    }

    @Incoming("communities")
    @Blocking
    public void onCommunityEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, communities);
    }

    @Incoming("childcare-planning")
    @Blocking
    public void onPlanningEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, planning);
    }
}
