package cn.gov.zhangping.fertility.indicator.values.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression of the public figures. A cell is primarily suppressed when its count is at least 1
 * and below the threshold (zero reveals no one and is shown). Because the row's total is published, one suppressed
 * cell would be its total minus the others: so the complementary cells are suppressed too, the smallest positive
 * unsuppressed cell first, until at least two cells are hidden and together hold at least the threshold (or no
 * positive cell is left to hide).
 */
public final class Suppression {

    private Suppression() {
    }

    /** Which of the cells (counts of one row that adds up to a published total) are hidden. */
    public static boolean[] suppress(List<Long> counts, int threshold) {
        boolean[] hidden = new boolean[counts.size()];
        int n = 0;
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > 0 && c < threshold) {
                hidden[i] = true;
                n++;
                sum += c;
            }
        }
        while (n > 0 && (n < 2 || sum < threshold)) {
            int next = smallestPositiveShown(counts, hidden);
            if (next < 0) {
                break;
            }
            hidden[next] = true;
            n++;
            sum += counts.get(next);
        }
        return hidden;
    }

    /** Whether one count on its own (a total with no row to hide in) is below the threshold. */
    public static boolean isSmall(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    private static int smallestPositiveShown(List<Long> counts, boolean[] hidden) {
        int best = -1;
        for (int i = 0; i < counts.size(); i++) {
            if (!hidden[i] && counts.get(i) > 0 && (best < 0 || counts.get(i) < counts.get(best))) {
                best = i;
            }
        }
        return best;
    }

    /** The indexes hidden, for messages and tests. */
    public static List<Integer> hiddenIndexes(boolean[] hidden) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i]) {
                result.add(i);
            }
        }
        return result;
    }
}
