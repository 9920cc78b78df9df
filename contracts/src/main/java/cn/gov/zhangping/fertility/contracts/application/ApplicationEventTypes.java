package cn.gov.zhangping.fertility.contracts.application;

import java.util.List;

/**
 * The events of the joint application of "birth is one matter" (出生一件事, plan task 2), published by
 * family-support-service: one topic keyed by the application id.
 */
public final class ApplicationEventTypes {

    public static final String TOPIC = "fertility.applications.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String SOURCE = "/family-support-service";
    public static final String SCHEMA_BASE = "https://fertility.zhangping.gov.cn/schemas/";

    public static final String SUB_MATTER_CHANGED_V1 = "cn.gov.zhangping.fertility.application.sub-matter-changed.v1";

    public static final List<String> ALL = List.of(SUB_MATTER_CHANGED_V1);

    private ApplicationEventTypes() {
    }

    /** {@code ...application.sub-matter-changed.v1} has {@code <SCHEMA_BASE>application.sub-matter-changed.v1.json}. */
    public static String schemaOf(String type) {
        return SCHEMA_BASE + type.substring("cn.gov.zhangping.fertility.".length()) + ".json";
    }
}
