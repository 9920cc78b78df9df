package cn.gov.zhangping.fertility.contracts.birth;

import java.util.List;

/**
 * The birth registration events of family-support-service: one topic, keyed by the registration id, carrying
 * several event types, each versioned. A breaking change is a new type and topic version.
 */
public final class BirthEventTypes {

    public static final String TOPIC = "fertility.birth-registrations.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String SOURCE = "/family-support-service";
    /** The aggregate the events are about (their subject and record key is its id), as consumers track its revisions. */
    public static final String AGGREGATE = "birth-registration";
    public static final String SCHEMA_BASE = "https://fertility.zhangping.gov.cn/schemas/";

    public static final String REGISTERED_V1 = "cn.gov.zhangping.fertility.birth.registered.v1";
    public static final String CORRECTED_V1 = "cn.gov.zhangping.fertility.birth.registration-corrected.v1";
    public static final String CANCELLED_V1 = "cn.gov.zhangping.fertility.birth.registration-cancelled.v1";
    public static final String REVIEWED_V1 = "cn.gov.zhangping.fertility.birth.registration-reviewed.v1";

    public static final List<String> ALL = List.of(REGISTERED_V1, CORRECTED_V1, CANCELLED_V1, REVIEWED_V1);

    private BirthEventTypes() {
    }

    /** The schema URI of a type: {@code ...birth.registered.v1} has {@code <SCHEMA_BASE>birth.registered.v1.json}. */
    public static String schemaOf(String type) {
        return SCHEMA_BASE + type.substring("cn.gov.zhangping.fertility.".length()) + ".json";
    }
}
