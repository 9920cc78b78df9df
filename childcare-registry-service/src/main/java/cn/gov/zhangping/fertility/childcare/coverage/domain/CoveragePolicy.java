package cn.gov.zhangping.fertility.childcare.coverage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The coverage indicators of Annex 1 as pure functions (漳政办规〔2023〕2号 二(三)9): slots per 1,000 residents
 * (indicator 12), the inclusive share of slots in percent (13), and which townships must offer inclusive childcare
 * (14: those with at least the seeded number of residents, 20,000; a township of 19,999 is not in the denominator).
 */
public final class CoveragePolicy {

    private CoveragePolicy() {
    }

    /** Slots per 1,000 residents, two decimals half up; null when the residents are not known (0). */
    public static BigDecimal slotsPer1000(long slots, long residents) {
        if (residents <= 0) {
            return null;
        }
        return BigDecimal.valueOf(slots).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_UP);
    }

    /** Inclusive slots as a percentage of all slots, one decimal half up; null when there are no slots. */
    public static BigDecimal inclusiveSharePercent(long inclusiveSlots, long slots) {
        if (slots <= 0) {
            return null;
        }
        return BigDecimal.valueOf(inclusiveSlots).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(slots), 1, RoundingMode.HALF_UP);
    }

    /** A share in percent, one decimal half up, numerator and denominator kept beside it; null without a denominator. */
    public static BigDecimal sharePercent(long part, long whole) {
        return inclusiveSharePercent(part, whole);
    }

    /** Whether a township must offer inclusive childcare (indicator 14's denominator). */
    public static boolean mustOfferInclusive(long residents, BigDecimal minimumResidents) {
        return BigDecimal.valueOf(residents).compareTo(minimumResidents) >= 0;
    }

    /** Whether a value reaches an AT_LEAST target; false when the value is not known. */
    public static boolean reaches(BigDecimal value, BigDecimal target) {
        return value != null && value.compareTo(target) >= 0;
    }
}
