package cn.gov.zhangping.fertility.contracts.household;

import java.util.List;

/**
 * The events of family-planning households (漳政办规〔2023〕2号 二(五)15–17, indicators 22–24), published by
 * family-support-service: one topic keyed by the household id. benefit-service pays from review-completed;
 * indicator-service computes indicators 22 (accurate ÷ recipients), 23 (paid ÷ due, with benefit-service's payments)
 * and 24 (insured ÷ special-family recipients).
 */
public final class HouseholdEventTypes {

    public static final String TOPIC = "fertility.households.v1";
    public static final String DEAD_LETTER_TOPIC = TOPIC + ".dlq";
    public static final String SOURCE = "/family-support-service";
    public static final String SCHEMA_BASE = "https://fertility.zhangping.gov.cn/schemas/";

    public static final String STATUS_CHANGED_V1 = "cn.gov.zhangping.fertility.household.status-changed.v1";
    public static final String REVIEW_COMPLETED_V1 = "cn.gov.zhangping.fertility.household.review-completed.v1";

    public static final List<String> ALL = List.of(STATUS_CHANGED_V1, REVIEW_COMPLETED_V1);

    private HouseholdEventTypes() {
    }

    /** {@code ...household.status-changed.v1} has {@code <SCHEMA_BASE>household.status-changed.v1.json}. */
    public static String schemaOf(String type) {
        return SCHEMA_BASE + type.substring("cn.gov.zhangping.fertility.".length()) + ".json";
    }
}
