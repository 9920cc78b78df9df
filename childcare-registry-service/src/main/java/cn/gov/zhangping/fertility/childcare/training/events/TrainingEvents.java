package cn.gov.zhangping.fertility.childcare.training.events;

import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohort;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.TrainingRecordedV1;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The cohort as it now stands (counts only), keyed by its id: what indicator 11 is computed from. */
public final class TrainingEvents {

    private TrainingEvents() {
    }

    public static OutgoingEvent recorded(TrainingCohort c) {
        TrainingRecordedV1 data = new TrainingRecordedV1(c.id, c.townshipCode, c.startDate, c.endDate, c.trained, c.certified,
                c.revision, c.changedAt);
        return new OutgoingEvent(ChildcarePlanningEventTypes.TOPIC, ChildcarePlanningEventTypes.TRAINING_RECORDED_V1,
                c.id.toString(), ChildcarePlanningEventTypes.schemaOf(ChildcarePlanningEventTypes.TRAINING_RECORDED_V1), data);
    }
}
