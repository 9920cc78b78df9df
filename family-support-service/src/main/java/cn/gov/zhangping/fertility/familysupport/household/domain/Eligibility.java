package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * Who is a recipient in a review year, for how many months, and what is due (pure; 资格确认, 漳政办规〔2023〕2号
 * 二(五)15).
 * <ul>
 * <li>A parent is eligible from the year they reach the scheme's age (the birthday's year, {@link Ages}: a parent born
 * on 29 February reaches it on 1 March of a common year, the same year), the whole of that year. For special
 * assistance the age is the mother's (女方年满49周岁), and both parents are eligible from that year.</li>
 * <li>Death ends eligibility the month after: the months of the year up to and including the month of death are due
 * (a death in March: 3 of 12 months). Moving out of Zhangping and the end of a special family by a re-birth end it the
 * same way, from the month after. The sources (国办发〔2004〕21号, 国人口发〔2007〕78号) pay a yearly amount and stop it
 * "from the month after"; they are silent on the last year's share, so the share is pro rata by whole months
 * (decision, README "Family-planning households").</li>
 * <li>The amount due is the scheme's yearly amount × months ÷ 12, rounded half up to the fen.</li>
 * </ul>
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Why a parent's eligibility ends (or ended). */
    public enum End {
        DECEASED, MOVED_AWAY, REBIRTH
    }

    /** A recipient's months in the year (0 when none) and, if eligibility ends in or before the year, why. */
    public record Share(int months, Optional<End> end, boolean firstYear) {
        public boolean eligible() {
            return months > 0;
        }
    }

    /** The first year of eligibility of someone whose age counts from {@code ageBirthDate}. */
    public static int firstYear(LocalDate ageBirthDate, int ageYears) {
        return Ages.dayReaching(ageBirthDate, ageYears * 12).getYear();
    }

    /**
     * The share of {@code year} for a parent whose age counts from {@code ageBirthDate}; {@code diedOn} and
     * {@code householdEndedOn} (moved away or ended by a re-birth, with {@code householdEnd}) may be null.
     */
    public static Share share(int year, LocalDate ageBirthDate, int ageYears, LocalDate diedOn, LocalDate householdEndedOn,
                              End householdEnd) {
        int first = firstYear(ageBirthDate, ageYears);
        if (year < first) {
            return new Share(0, Optional.empty(), false);
        }
        LocalDate end = null;
        End why = null;
        if (diedOn != null) {
            end = diedOn;
            why = End.DECEASED;
        }
        if (householdEndedOn != null && (end == null || householdEndedOn.isBefore(end))) {
            end = householdEndedOn;
            why = householdEnd;
        }
        if (end == null || end.getYear() > year) {
            return new Share(12, Optional.empty(), year == first);
        }
        if (end.getYear() < year) {
            return new Share(0, Optional.of(why), false);
        }
        return new Share(end.getMonthValue(), Optional.of(why), year == first);
    }

    /** yearly × months ÷ 12, half up to the fen. */
    public static BigDecimal due(BigDecimal yearly, int months) {
        return yearly.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }
}
