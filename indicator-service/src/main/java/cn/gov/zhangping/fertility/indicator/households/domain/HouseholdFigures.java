package cn.gov.zhangping.fertility.indicator.households.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * Indicators 22-24 of Annex 1 from the confirmed yearly reviews of one year (pure), per township and for the city:
 * <ul>
 * <li>22 (奖扶对象准确率): recipients the verification found accurate ÷ recipients listed (every recipient of the
 * review, NEW, CONTINUING or ENDED, is verified);</li>
 * <li>23 (奖扶资金到位率): fen paid for the year's two schemes ÷ fen due, city only (payments name no township);</li>
 * <li>24 (特扶家庭医保参保率): special-assistance recipients still listed (not ENDED) recorded as insured ÷ such
 * recipients (a recipient with no enrolment recorded counts as not insured).</li>
 * </ul>
 */
public final class HouseholdFigures {

    public static final int ACCURACY = 22;
    public static final int FUNDS = 23;
    public static final int INSURANCE = 24;
    public static final String SPECIAL = "SPECIAL_ASSISTANCE";

    private static final String CITY = Townships.CITY_CODE;

    private HouseholdFigures() {
    }

    /** Cells of 22-24; empty maps when no review of the year was confirmed. */
    public static Map<Integer, Map<String, Cell>> cells(List<RecipientRow> recipients, long paidFen) {
        Map<String, long[]> accuracy = new HashMap<>();
        Map<String, long[]> insurance = new HashMap<>();
        long due = 0;
        for (RecipientRow r : recipients) {
            due += r.amountDueFen();
            for (String area : List.of(r.townshipCode(), CITY)) {
                long[] a = accuracy.computeIfAbsent(area, k -> new long[2]);
                a[0] += r.accurate() ? 1 : 0;
                a[1]++;
                if (SPECIAL.equals(r.scheme()) && !"ENDED".equals(r.change())) {
                    long[] i = insurance.computeIfAbsent(area, k -> new long[2]);
                    i[0] += Boolean.TRUE.equals(r.insuranceEnrolled()) ? 1 : 0;
                    i[1]++;
                }
            }
        }
        Map<String, Cell> funds = new HashMap<>();
        if (!recipients.isEmpty()) {
            funds.put(CITY, new Cell(paidFen, due, Cell.COMPUTED));
        }
        return Map.of(ACCURACY, proportions(accuracy), FUNDS, funds, INSURANCE, proportions(insurance));
    }

    private static Map<String, Cell> proportions(Map<String, long[]> counts) {
        Map<String, Cell> cells = new HashMap<>();
        counts.forEach((area, c) -> cells.put(area, new Cell(c[0], c[1], Cell.COMPUTED)));
        return cells;
    }
}
