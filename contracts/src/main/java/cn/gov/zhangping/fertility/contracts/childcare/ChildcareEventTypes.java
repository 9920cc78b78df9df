package cn.gov.zhangping.fertility.contracts.childcare;

import java.util.List;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;

/**
 * The childcare events of childcare-registry-service (plan tasks 8-10, indicators 9-16). Enrolments have their own
 * topic keyed by the enrolment id; benefit-service books the fee reduction from them.
 */
public final class ChildcareEventTypes {

    public static final String SOURCE = "/childcare-registry-service";

    public static final String ENROLMENTS_TOPIC = "fertility.childcare-enrolments.v1";
    public static final String ENROLMENT_AGGREGATE = "childcare-enrolment";
    public static final String ENROLMENT_CHANGED_V1 = "cn.gov.zhangping.fertility.childcare.enrolment-changed.v1";

    /** Institutions: slots, inclusive slots, status and place move indicators 12-15 and the zone standards. */
    public static final String INSTITUTIONS_TOPIC = "fertility.childcare-institutions.v1";
    public static final String INSTITUTION_AGGREGATE = "childcare-institution";
    public static final String INSTITUTION_CHANGED_V1 = "cn.gov.zhangping.fertility.childcare.institution-changed.v1";

    public static final List<String> ALL = List.of(ENROLMENT_CHANGED_V1, INSTITUTION_CHANGED_V1);

    private ChildcareEventTypes() {
    }

    public static String schemaOf(String type) {
        return BirthEventTypes.schemaOf(type);
    }
}
