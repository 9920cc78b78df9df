package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The zone standards of task 9 as pure functions (漳政办规〔2023〕2号 二(三)9, indicators 9 and 10): a zone complies
 * when the inclusive slots of its operating nurseries reach the standard of its kind per 1,000 residents. The slots
 * it must have are the standard times its residents over 1,000, rounded up (a part of a slot is a whole slot to
 * plan), so a zone of 0 residents needs none.
 */
public final class ZoneCompliancePolicy {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ZoneCompliancePolicy() {
    }

    /** Inclusive slots a zone of {@code residents} must have under {@code standardPer1000}. */
    public static long requiredSlots(BigDecimal standardPer1000, long residents) {
        if (residents < 0 || standardPer1000.signum() < 0) {
            throw new IllegalArgumentException("residents and the standard are never negative");
        }
        return standardPer1000.multiply(BigDecimal.valueOf(residents)).divide(THOUSAND, 0, RoundingMode.CEILING).longValueExact();
    }

    /** Slots still to plan: none when the zone has its required slots. */
    public static long shortfall(long inclusiveSlots, long requiredSlots) {
        return Math.max(0, requiredSlots - inclusiveSlots);
    }

    public static boolean complies(long inclusiveSlots, long requiredSlots) {
        return inclusiveSlots >= requiredSlots;
    }
}
