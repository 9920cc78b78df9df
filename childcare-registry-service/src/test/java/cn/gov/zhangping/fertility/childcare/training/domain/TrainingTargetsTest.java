package cn.gov.zhangping.fertility.childcare.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingTargetsTest {

    private static final BigDecimal ANNUAL = BigDecimal.valueOf(200);

    @Test
    void yearsRunFromTheFirstCohortToTheLastWithEmptyYearsAndACumulativeCount() {
        List<TrainingTargets.Counted> cohorts = List.of(new TrainingTargets.Counted(2023, 120, 100),
                new TrainingTargets.Counted(2023, 80, 70), new TrainingTargets.Counted(2025, 199, 150));
        List<TrainingProgress.Year> years = TrainingTargets.years(cohorts, ANNUAL);
        assertThat(years).extracting(TrainingProgress.Year::year).containsExactly(2023, 2024, 2025);
        assertThat(years.get(0)).isEqualTo(new TrainingProgress.Year(2023, 2, 200, 170, true, 200));
        assertThat(years.get(1)).isEqualTo(new TrainingProgress.Year(2024, 0, 0, 0, false, 200));
        assertThat(years.get(2)).isEqualTo(new TrainingProgress.Year(2025, 1, 199, 150, false, 399));
        assertThat(TrainingTargets.years(List.of(), ANNUAL)).isEmpty();
    }

    @Test
    void theTotalTargetCountsTheYearsUpToItsYear() {
        List<TrainingTargets.Counted> cohorts = List.of(new TrainingTargets.Counted(2024, 400, 0),
                new TrainingTargets.Counted(2025, 199, 0), new TrainingTargets.Counted(2026, 500, 0));
        assertThat(TrainingTargets.trainedBy(cohorts, 2025)).isEqualTo(599);
        assertThat(TrainingTargets.reaches(599, BigDecimal.valueOf(600))).isFalse();
        assertThat(TrainingTargets.reaches(600, BigDecimal.valueOf(600))).isTrue();
    }
}
