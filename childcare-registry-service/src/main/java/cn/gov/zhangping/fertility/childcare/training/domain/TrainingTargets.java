package cn.gov.zhangping.fertility.childcare.training.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Indicator 11 as a pure function (漳政办规〔2023〕2号 二(三)8: "每年培养培训 200 人"; 附件1 指标11: ≥600): cohorts count
 * in the year they end; a year reaches the annual target when the persons trained in it reach it, and the total target
 * is reached when the persons trained up to the end of its year reach it.
 */
public final class TrainingTargets {

    /** The figures of one cohort that the indicator needs. */
    public record Counted(int year, int trained, int certified) {
    }

    private TrainingTargets() {
    }

    /** Every year from the first with a cohort to the last, years without a cohort included. */
    public static List<TrainingProgress.Year> years(List<Counted> cohorts, BigDecimal annualTarget) {
        TreeMap<Integer, long[]> byYear = new TreeMap<>();
        for (Counted c : cohorts) {
            long[] sums = byYear.computeIfAbsent(c.year(), y -> new long[3]);
            sums[0]++;
            sums[1] += c.trained();
            sums[2] += c.certified();
        }
        List<TrainingProgress.Year> years = new ArrayList<>();
        if (byYear.isEmpty()) {
            return years;
        }
        long cumulative = 0;
        int last = byYear.lastKey();
        for (int y = byYear.firstKey(); y <= last; y++) {
            long[] sums = byYear.getOrDefault(y, new long[3]);
            cumulative += sums[1];
            years.add(new TrainingProgress.Year(y, sums[0], sums[1], sums[2], reaches(sums[1], annualTarget), cumulative));
        }
        return years;
    }

    /** Persons trained in the years up to and including {@code year}. */
    public static long trainedBy(List<Counted> cohorts, int year) {
        return cohorts.stream().filter(c -> c.year() <= year).mapToLong(Counted::trained).sum();
    }

    public static boolean reaches(long persons, BigDecimal target) {
        return BigDecimal.valueOf(persons).compareTo(target) >= 0;
    }
}
