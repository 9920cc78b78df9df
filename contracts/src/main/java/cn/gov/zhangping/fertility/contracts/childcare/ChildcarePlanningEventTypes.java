package cn.gov.zhangping.fertility.contracts.childcare;

import java.util.List;

/**
 * The planning events of childcare-registry-service on one topic, each keyed by its aggregate's id: residential zones
 * (indicators 9 and 10 with the institutions' inclusive slots), infant-care worker training cohorts (indicator 11) and
 * the mother-and-baby rooms of public places (indicator 16). indicator-service computes those indicators from these
 * events alone.
 */
public final class ChildcarePlanningEventTypes {

    public static final String TOPIC = "fertility.childcare-planning.v1";

    public static final String ZONE_AGGREGATE = "residential-zone";
    public static final String ZONE_CHANGED_V1 = "cn.gov.zhangping.fertility.childcare.zone-changed.v1";

    public static final String TRAINING_AGGREGATE = "training-cohort";
    public static final String TRAINING_RECORDED_V1 = "cn.gov.zhangping.fertility.childcare.training-recorded.v1";

    public static final String ROOM_AGGREGATE = "public-place";
    public static final String ROOM_CHANGED_V1 = "cn.gov.zhangping.fertility.childcare.room-changed.v1";

    public static final List<String> ALL = List.of(ZONE_CHANGED_V1, TRAINING_RECORDED_V1, ROOM_CHANGED_V1);

    private ChildcarePlanningEventTypes() {
    }

    public static String schemaOf(String type) {
        return ChildcareEventTypes.schemaOf(type);
    }
}
