package cn.gov.zhangping.fertility.contracts.benefit;

import java.util.List;

/**
 * The events of benefit-service: payments recorded against claims and entitlements (plan tasks 6-8, 11-13, 15-17),
 * one topic keyed by the payment id. Indicator-service can total public spending on the plan's benefits by payer
 * from them (Annex 1, indicator 23).
 */
public final class BenefitEventTypes {

    public static final String PAYMENTS_TOPIC = "fertility.benefit-payments.v1";
    public static final String DEAD_LETTER_TOPIC = PAYMENTS_TOPIC + ".dlq";
    public static final String SOURCE = "/benefit-service";
    public static final String SCHEMA_BASE = "https://fertility.zhangping.gov.cn/schemas/";

    public static final String PAYMENT_RECORDED_V1 = "cn.gov.zhangping.fertility.benefit.payment-recorded.v1";

    public static final List<String> ALL = List.of(PAYMENT_RECORDED_V1);

    private BenefitEventTypes() {
    }

    /** {@code ...benefit.payment-recorded.v1} has {@code <SCHEMA_BASE>benefit.payment-recorded.v1.json}. */
    public static String schemaOf(String type) {
        return SCHEMA_BASE + type.substring("cn.gov.zhangping.fertility.".length()) + ".json";
    }
}
